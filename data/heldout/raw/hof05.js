export const privacyPolicyAgree = `본사는 고객님의 개인정보를 중요시하며, "정보통신망 이용촉진 및 정보보호"에 관한 법률을 준수하고 있습니다.

"본사"는 개인정보취급방침을 통하여 고객님께서 제공하시는 개인정보가 어떠한 용도와 방식으로 이용되고 있으며, 개인정보보호를 위해 어떠한 조치가 취해지고 있는지 알려드립니다.

"본사"는 개인정보취급방침을 개정하는 경우 웹사이트 공지사항(또는 개별공지)을 통하여 공지할 것입니다.

 ο 본 방침은  : 2018년 01월 01일 부터 시행됩니다.

 
■ 수집하는 개인정보 항목

"본사"는 회원가입, 회원관리, 마케팅 등을 위해 아래와 같은 개인정보를 수집하고 있습니다.

ο 수집항목 :  생년월일 , 성별 , 이름 , ID , 비밀번호 , 비밀번호 질문과 답변 , 이메일 , 서비스 이용기록 , 접속 로그 , 쿠키 , 접속 IP 정보, 쪽지내역, 연락처, 휴대폰번호, 중복가입확인정보(DI)

ο 개인정보 수집방법 : "본사" 회원 시스템, 사이트 내의 활동


■ 개인정보의 수집 및 이용목적

"본사"는 수집한 개인정보를 다음의 목적을 위해 활용합니다.

 ο 서비스 제공에 관한 계약 이행 및 서비스 제공에 따른 요금정산 콘텐츠 제공

 ο 회원 관리

회원제 서비스 이용에 따른 본인확인 , 개인 식별 , 불량회원의 부정 이용 방지와 비인가 사용 방지 , 가입 의사 확인 , 연령확인 , 불만처리 등 민원처리 , 고지사항 전달

 ο 마케팅 및 광고에 활용

신규 서비스 개발 및 특화 , 이벤트 등 광고성 정보 전달 , 인구통계학적 특성에 따른 서비스 제공 및 광고 게재 , 접속 빈도 파악 또는 회원의 서비스 이용에 대한 통계

 
■ 개인정보의 보유 및 이용기간

"본사"는 개인정보 수집 및 이용목적이 달성된 후에는 예외 없이 해당 정보를 지체 없이 파기합니다.

■ 개인정보의 파기절차 및 방법

"본사"는 원칙적으로 개인정보 수집 및 이용목적이 달성된 후에는 해당 정보를 지체없이 파기합니다. 파기절차 및 방법은 다음과 같습니다.

 ο 파기절차

회원님이 회원가입 등을 위해 입력하신 정보는 목적이 달성된 후 별도의 DB로 옮겨져(종이의 경우 별도의 서류함) 내부 방침 및 기타 관련 법령에 의한 정보보호 사유에 따라(보유 및 이용기간 참조) 일정 기간 저장된 후 파기되어집니다.

별도 DB로 옮겨진 개인정보는 법률에 의한 경우가 아니고서는 보유되어지는 이외의 다른 목적으로 이용되지 않습니다.

 ο 파기방법

 - 전자적 파일형태로 저장된 개인정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제합니다.

■ 개인정보 제공

"본사"는 이용자의 개인정보를 원칙적으로 외부에 제공하지 않습니다. 다만, 아래의 경우에는 예외로 합니다.

- 이용자들이 사전에 동의한 경우

- 법령의 규정에 의거하거나, 수사 목적으로 법령에 정해진 절차와 방법에 따라 수사기관의 요구가 있는 경우


■ 수집한 개인정보의 위탁

"본사"는 고객님의 동의 없이 고객님의 정보를 외부 업체에 위탁하지 않습니다.

향후 그러한 필요가 생길 경우, 위탁 대상자와 위탁 업무 내용에 대해 고객님에게 통지하고 필요한 경우 사전 동의를 받도록 하겠습니다.
 

■ 이용자 및 법정대리인의 권리와 그 행사방법

이용자 및 법정 대리인은 언제든지 등록되어 있는 자신 혹은 당해 만 14세 미만

아동의 개인정보를 조회하거나 수정할 수 있으며 가입해지를 요청할 수도 있습니다.

혹은 개인정보관리책임자에게 서면, 전화 또는 이메일로 연락하시면 지체없이 조치하겠습니다.

귀하가 개인정보의 오류에 대한 정정을 요청하신 경우에는 정정을 완료하기 전까지 당해 개인정보를 이용 또는 제공하지 않습니다. 또한 잘못된 개인정보를 제3자에게 이미 제공한 경우에는 정정 처리결과를 제3자에게 지체없이 통지하여 정정이 이루어지도록 하겠습니다.

"본사"는 이용자 혹은 법정 대리인의 요청에 의해 해지 또는 삭제된 개인정보는“"본사"에서 수집하는 개인정보의 보유 및 이용기간”에 명시된 바에 따라 처리하고 그 외의 용도로 열람 또는 이용할 수 없도록 처리하고 있습니다.

 
■ 개인정보 자동수집 장치의 설치, 운영 및 그 거부에 관한 사항

"본사"는 귀하의 정보를 수시로 저장하고 찾아내는 ‘쿠키(cookie)’ 등을 운용합니다.

쿠키란 "본사"의 웹사이트를 운영하는데 이용되는 서버가 귀하의 브라우저에 보내는 아주 작은 텍스트 파일로서 귀하의 컴퓨터 하드디스크에 저장됩니다. "본사"는 다음과 같은 목적을 위해 쿠키를 사용합니다.


▶️ 쿠키 등 사용 목적

 - 회원과 비회원의 접속 빈도나 방문 시간 등을 분석, 이용자의 취향과 관심분야를 파악 및 자취 추적, 각종 이벤트 참여 정도 및 방문 회수 파악 등을 통한 타겟 마케팅 및 개인 맞춤 서비스 제공

귀하는 쿠키 설치에 대한 선택권을 가지고 있습니다. 따라서, 귀하는 웹브라우저에서 옵션을 설정함으로써 모든 쿠키를 허용하거나, 쿠키가 저장될 때마다 확인을 거치거나,

아니면 모든 쿠키의 저장을 거부할 수도 있습니다.
 

▶️ 쿠키 설정 거부 방법

예: 쿠키 설정을 거부하는 방법으로는 회원님이 사용하시는 웹 브라우저의 옵션을 선택함으로써 모든 쿠키를 허용하거나 쿠키를 저장할 때마다 확인을 거치거나, 모든 쿠키의 저장을 거부할 수 있습니다.

설정방법 예(인터넷 익스플로어의 경우)

: 웹 브라우저 상단의 도구 > 인터넷 옵션 > 개인정보

단, 귀하께서 쿠키 설치를 거부하였을 경우 서비스 제공에 어려움이 있을 수 있습니다.

귀하께서는 본사의 서비스를 이용하시며 발생하는 모든 개인정보보호 관련 민원을 개인정보관리책임자 혹은 담당부서로 신고하실 수 있습니다.

본사는 이용자들의 신고사항에 대해 신속하게 충분한 답변을 드릴 것입니다.

 
기타 개인정보침해에 대한 신고나 상담이 필요하신 경우에는 아래 기관에 문의하시기 바랍니다.

- 개인분쟁조정위원회 (www.1336.or.kr / 1336)

- 정보보호마크인증위원회 (www.eprivacy.or.kr / 02-580-0533~4)

- 경찰청 사이버테러대응센터 (www.ctrc.go.kr / 02-392-0330)


■ 수집하는 개인정보 항목
 본사는 회원가입, 상담, 서비스 신청, 중복가입방지 등등을 위해 아래와 같은 개인정보를 수집하고 있습니다.
수집항목 : 아이디, 닉네임, 이메일주소, 비밀번호, 비밀번호 질문과 답변, 이름, 생년월일, 성별, 연락처, 휴대폰번호, 중복가입확인정보(DI), IP
 개인정보 수집방법 : 홈페이지(회원가입 및 재인증)
 
■ 개인정보의 수집 및 이용목적
 본사는 수집한 개인정보를 다음의 목적을 위해 활용합니다.
회원 관리, 불량회원의 부정 이용 방지와 비인가 사용 방지, 가입 의사 확인, 불만처리 등 민원처리, 고지사항 전달, 마케팅 및 광고에 활용, 이벤트 등 광고성 정보 전달, 접속 빈도 파악 또는 회원의 서비스 이용에 대한 통계
 
■ 개인정보의 보유 및 이용기간
 본사는 요청하거나 개인정보의 수집 및 이용에 대한 동의를 철회하는 경우, 요청 수리 즉시 개인정보를 파기하며, 부정이용 및 악의적이용으로 타 회원에 피해를 준 이용자는 재가입을 최대 5년간 제한하며, 부정 이용자의 증거인멸 및 무분별한 재가입을 막기 위해 모든 회원 탈퇴자의 중복가입확인정보(DI)를 최대 5년간 보존합니다.`;

export const privacyPolicyAgreeEn = `We value your privacy and comply with the "Act on Promotion of Information and Communications Network Utilization and Information Protection".

"Our company" informs you through this Privacy Policy how the personal information you provide is used and the measures taken to protect it.

If we revise the Privacy Policy, we will notify you through the website announcement (or individual notice).

- This policy is effective from: January 1, 2018.

■ Collected Personal Information

"Our company" collects the following personal information for membership registration, member management, and marketing purposes:

- Collected items: Date of birth, gender, name, ID, password, password question and answer, email, service usage records, access logs, cookies, access IP information, message history, contact details, mobile number, duplicate registration confirmation information (DI).

- Methods of collection: "Our company" membership system, activities within the website

■ Purpose of Collecting and Using Personal Information

The personal information collected by "Our company" is used for the following purposes:

- Performing contracts related to service provision and settling charges for services, providing content.

- Member management: Identifying members, preventing misuse by fraudulent members, preventing unauthorized use, confirming registration intention, verifying age, handling complaints, delivering notifications.

- Marketing and advertising: Developing new services and special features, delivering promotional information such as events, providing services and advertisements tailored to user demographics, analyzing access frequency, and generating statistics on service usage.

■ Retention and Use Period of Personal Information

"Our company" will destroy personal information without delay once the purpose of collecting and using the information is achieved.

■ Personal Information Destruction Procedure and Method

"Our company" will, in principle, destroy the personal information once the purpose of collecting and using the information is achieved. The procedure and method of destruction are as follows:

- Destruction procedure: Personal information entered for registration will be transferred to a separate DB (or physical documents to a separate file) and will be stored for a certain period as required by internal policies and related laws. After that, it will be destroyed.

- Destruction method: Personal information stored in electronic file format will be deleted using technical methods that make it impossible to recover.

■ Personal Information Sharing

"Our company" generally does not provide personal information to external parties. However, there are exceptions in the following cases:

- When users have given prior consent.
- When required by law or for investigative purposes in accordance with legal procedures requested by investigative agencies.

■ Outsourcing of Collected Personal Information

"Our company" will not outsource personal information to external companies without user consent. If such a need arises, users will be notified about the outsourcing party and the tasks being outsourced. Consent will be obtained if necessary.

■ Rights and Methods of Exercising User and Legal Representatives

Users or their legal representatives can view or modify their own or their minor child’s personal information at any time, and may also request to cancel their membership. 

If you request correction of any incorrect personal information, we will not use or provide such information until the correction is completed. If incorrect personal information has already been provided to a third party, the correction results will be immediately communicated to the third party to ensure that the correction is made.

Any personal information deleted upon request will be processed as per the retention and use period specified in the "Retention and Use Period of Personal Information" and will not be used for any other purpose.

■ Installation, Operation, and Rejection of Automatic Collection Devices

"Our company" operates cookies or other devices that automatically collect user information.

A cookie is a small text file sent by our website's server to your browser, which is stored in your computer's hard drive. "Our company" uses cookies for the following purposes:

▶️ Purpose of Using Cookies
- Analyzing user access frequency, identifying interests, tracking user activity, measuring participation in events, and targeting marketing.

You have the choice to accept or reject cookies. You can set your browser to allow all cookies, prompt confirmation before saving cookies, or reject all cookies.

▶️ Method of Rejecting Cookies
For example, in Internet Explorer:
- Go to Tools > Internet Options > Privacy.
However, rejecting cookies may result in some difficulty in using our services.

For any privacy-related concerns or disputes, please contact the person in charge of personal information management or the relevant department.

If you need assistance with privacy issues, you may also contact the following institutions:

- Personal Dispute Mediation Committee (www.1336.or.kr / 1336)
- Information Protection Mark Certification Committee (www.eprivacy.or.kr / 02-580-0533~4)
- Cyber Terror Response Center, National Police Agency (www.ctrc.go.kr / 02-392-0330)

■ Collected Personal Information Items
We collect the following personal information for membership registration, counseling, service application, and duplicate registration prevention:
- Collected items: ID, nickname, email address, password, password question and answer, name, date of birth, gender, contact number, mobile number, duplicate registration confirmation information (DI), IP address.
- Methods of collection: Website (membership registration and reauthentication)

■ Purpose of Collecting and Using Personal Information
We use the collected personal information for the following purposes:
- Member management, preventing fraudulent use by malicious members, preventing unauthorized access, confirming registration intention, handling complaints, delivering notifications, marketing and advertising, delivering promotional information, measuring access frequency, and generating statistics on service usage.

■ Retention and Use Period of Personal Information
We will destroy the personal information immediately upon request or withdrawal of consent. If a user has caused harm to other members due to malicious use, re-registration will be restricted for up to 5 years, and duplicate registration confirmation information (DI) will be retained for up to 5 years to prevent fraudulent use or careless re-registration.`;
