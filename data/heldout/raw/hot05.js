export const PERSONAL_INFO_TERMS = {
  html:
    `<p style='text-align:center; font-weight: bold; font-size: large '>
    개인정보처리방침
      </p>` +
    `<div  style='margin-left: 10px'>
             <span style = 'font-size: small;'>루트원에이아이 주식회사(전자상거래 사업자 , 이하 ‘회사’는) 고객님의 개인정보를 중요시하며, “개인정보 보호법” 및 “정보통신망 이용촉진 및 정보보호 등”에 관한 법률 등 관련 법령을 준수하고 있습니다.

             회사는 본 개인정보처리방침을 통하여 고객님께서 제공하시는 개인정보가 어떠한 용도와 방식으로 이용되고 있으며, 개인정보보호를 위해 어떠한 조치가 취해지고 있는지 알려드립니다.
             
             회사는 본 개인정보처리방침을 개정하는 경우 웹사이트 공지사항(또는 개별공지)을 통하여 공지할 것입니다. &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
              <span style = 'font-weight: bold;'>■ 수집하는 개인정보 항목 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>회사는 회원 가입, 상담, 서비스 신청 등을 위해 아래와 같은 개인정보를 수집하고 있습니다. &nbsp;</span>
      </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
                 <span style = 'font-size: small;'>1. 앱 또는 웹 회원가입 및 관리: 
                 (필수) 휴대폰 번호, 쿠키(자동수집), 기기 또는 기타 ID 데이터 유형 &nbsp;</span>
        </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
          <span style = 'font-size: small;'>2. 서비스의 제공 및 신규서비스 개발: 
               (필수) 나이, 방문일시, IP주소, 쿠키 등 서비스이용기록 및 기기정보 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
               <span style = 'font-size: small;'>3. 고충처리: 
               (필수) 주문자 연락처,주문자이름, 입금자이름, 주문번호 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
          <span style = 'font-size: small;'>4. 이용자가 상품을 구매한 경우: 
                (필수) 성명, 휴대전화번호, 주소, 상품구매정보(카드 결제 정보, 계좌 정보(무통장 입금시)), 수취인정보(성명, 전화번호, 휴대전화번호, 수취인 주소) &nbsp;</span>
      </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
          <span style = 'font-size: small;'>5. 본인 인증시: 
                 (필수) 이름, 생년월일, 성별, CI, DI, 휴대폰번호(휴대폰 인증 시) &nbsp;</span>
       </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
          <span style = 'font-size: small;'>6. 계좌 간편결제서비스 이용시
                  (필수) 은행명, 계좌번호, 간편 결제 비밀번호 &nbsp;</span>
        </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
                   <span style = 'font-size: small;'>7. 환불 접수 시 계약(환불)의 이행
                   (필수) 계좌주, 은행, 계좌번호 &nbsp;</span>
         </div> ` +
    `<div  style='margin-left: 30px; margin-top: 15px'>
          <span style = 'font-size: small;'>8. sms, 앱 푸시 등을 통한 광고성 정보 전송
                    (선택) 휴대폰번호 &nbsp;</span>
          </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-weight: bold;'>■ 개인정보의 수집 및 이용목적 &nbsp;</span>
           </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>회사는 수집한 개인정보를 다음의 목적을 위해 활용합니다. &nbsp;</span>
            </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>ο 서비스 제공에 관한 계약 이행 및 서비스 제공에 따른 요금정산 콘텐츠 제공, 구매 및 요금 결제, 물품배송 또는 청구지 등 발송 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>ο 회원 관리: 
          회원제 서비스 이용에 따른 본인확인, 개인 식별, 연령확인, 만 14세 미만 아동 개인정보 수집 시 법정 대리인 동의여부 확인, 고지사항 전달 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-size: small;'>ο 마케팅 및 광고에 활용 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
             <span style = 'font-size: small;'>ο 배송 및 반품:
             물품 배송 및 반품에 활용 &nbsp;</span>
      </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
               <span style = 'font-size: small;'>ο 접속 빈도 파악 또는 회원의 서비스 이용에 대한 통계 &nbsp;</span>
        </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-weight: bold;'>■ 개인정보의 보유 및 이용기간 &nbsp;</span>
           </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>① 회사는 법령에 따른 개인정보 보유·이용기간 또는 이용자로부터 개인정보 수집시 동의받은 개인정보 보유·이용 기간 내에서 개인정보를 처리·보유합니다. 회사는 이용자가 입력한 정보 중 당사의 서비스 제공 과정에서 부정확한 것으로 확인된 정보(연락처, 배송지)에 관하여, 제3자의 권리와 이익의 침해를 방지하고 정보의 최신성 유지를 위하여 해당 정보를 즉시 파기할 수 있습니다. &nbsp;</span>
            </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>. 회원가입 및 관리 : 회원탈퇴시까지. 다만, 다음 사유에 해당하는 경우에는 해당 사유 종료시까지

          ,가. 관계 법령 위반에 따른 수사·조사 등이 진행 중인 경우에는 해당 수사·조사 종료시까지
          
          , 나. 서비스 이용에 따른 채권·채무관계가 잔존하는 경우 정산시까지
          
          , 다. 정산할 리워드 금액이 남아 있는 경우, 탈퇴 신청일 기준 익월 1일에 미지급 금액 일괄 정산 후 파기 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-size: small;'>③ 회사는 개인정보보호법 제21조, 제39조의6에 따라 장기간(1년 이상) 서비스 미이용자의 개인정보 보호를 위하여 다른 이용자의 개인정보와 분리하여 별도로 보관합니다. &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-weight: bold;'>■ 개인정보의 파기절차 및 방법 &nbsp;</span>
            </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-size: small;'>회사는 원칙적으로 개인정보 수집 및 이용목적이 달성된 후에는 해당 정보를 지체없이 파기합니다. 파기절차 및 방법은 다음과 같습니다. &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-size: small;'>ο 파기절차 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-size: small;'>회원님이 회원 가입 등을 위해 입력하신 정보는 목적이 달성된 후 별도의 DB로 옮겨져(종이의 경우 별도의 서류함) 내부 방침 및 기타 관련 법령에 의한 정보보호 사유에 따라(보유 및 이용기간 참조) 일정 기간 저장된 후 파기되어집니다. &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-size: small;'>별도 DB로 옮겨진 개인정보는 법률에 의한 경우가 아니고서는 보유되어지는 이외의 다른 목적으로 이용되지 않습니다.&nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
     <span style = 'font-size: small;'>ο 파기방법 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>- 전자적 파일형태로 저장된 개인정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제합니다. &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
            <span style = 'font-weight: bold;'>■ 개인정보 제3자 제공&nbsp;</span>
             </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
            <span style = 'font-size: small;'>회사는 이용자의 개인정보를 명시한 범위 내에서만 처리하며, 이용자의 동의 또는 특별한 규정이 있는 경우 제3자에게 개인정보를 제공합니다. &nbsp;</span>
      </div> ` +
    `<div  style='margin-left: 15px; margin-top: 10px'>
              <span style = 'font-size: small;'>. 이용자들이 구매한 상품의 배송 및 환불을 위한 경우 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 15px; margin-top: 10px'>
                <span style = 'font-size: small;'>. 이용자들이 사전에 동의한 경우 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 15px; margin-top: 10px'>
                <span style = 'font-size: small;'>. 법령의 규정에 의거하거나, 수사 목적으로 법령에 정해진 절차와 방법에 따라 수사기관의 요구가 있는 경우 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
             <span style = 'font-weight: bold;'>■ 이용자 및 법정대리인의 권리와 그 행사방법&nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>이용자 및 법정 대리인은 언제든지 등록되어 있는 자신 혹은 당해 만 14세 미만 아동의 개인정보를 조회하거나 수정할 수 있으며 가입해지를 요청할 수도 있습니다.&nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>이용자 혹은 만 14세 미만 아동의 개인정보 조회, 수정을 위해서는 ‘개인정보변경’(또는 ‘회원 정보수정’ 등)을 가입해지(동의철회)를 위해서는 “회원탈퇴”를 클릭 하여 본인 확인 절차를 거치신 후 직접 열람, 정정 또는 탈퇴가 가능합니다. 혹은 개인정보관리책임자에게 서면, 전화 또는 이메일로 연락하시면 지체없이 조치하겠습니다.&nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>귀하가 개인정보의 오류에 대한 정정을 요청하신 경우에는 정정을 완료하기 전까 지 당해 개인정보를 이용 또는 제공하지 않습니다. 또한 잘못된 개인정보를 제3자 에게 이미 제공한 경우에는 정정 처리결과를 제3자에게 지체없이 통지하여 정정이 이루어지도록 하겠습니다.&nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-size: small;'>회사는 이용자 혹은 법정 대리인의 요청에 의해 해지 또는 삭제된 개인정보는 “회사가 수집하는 개인정보의 보유 및 이용기간”에 명시된 바에 따라 처리하고 그 외의 용도로 열람 또는 이용할 수 없도록 처리하고 있습니다.&nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-weight: bold;'>■ 개인정보 자동수집 장치의 설치, 운영 및 그 거부에 관한 사항&nbsp;</span>
      </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
            <span style = 'font-size: small;'>회사는 귀하의 정보를 수시로 저장하고 찾아내는 ‘쿠키(cookie)’ 등을 운용합니다. 쿠키란 회사의 웹사이트를 운영하는데 이용되는 서버가 귀하의 브라우저에 보내는 아주 작은 텍스트 파일로서 귀하의 컴퓨터 하드디스크에 저장됩니다. 회사는 다음과 같은 목적을 위해 쿠키를 사용합니다.&nbsp;</span>
       </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
             <span style = 'font-weight: bold;'>■ 쿠키 등 사용 목적&nbsp;</span>
         </div> ` +
    `<div  style='margin-left: 15px; margin-top: 10px'>
          <span style = 'font-size: small;'>. 회원과 비회원의 접속 빈도나 방문 시간 등을 분석, 이용자의 취향과 관심분야를 파악 및 자취 추적, 각종 이벤트 참여 정도 및 방문 회수 파악 등을 통한 타겟 마케팅 및 개인 맞춤 서비스 제공 &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
           <span style = 'font-size: small;'>귀하는 쿠키 설치에 대한 선택권을 가지고 있습니다. 따라서, 귀하는 웹브라우저에서 옵션을 설정함으로써 모든 쿠키를 허용하거나, 쿠키가 저장될 때마다 확인을 거치거나, 아니면 모든 쿠키의 저장을 거부할 수도 있습니다. &nbsp;</span>
      </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
          <span style = 'font-weight: bold;'>■ 쿠키 설정 거부 방법&nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
            <span style = 'font-size: small;'>쿠키 설정을 거부하는 방법으로는 회원님이 사용하시는 웹 브라우저의 옵션을 선택함으로써 모든 쿠키를 허용하거나 쿠키를 저장할 때마다 확인을 거치거나, 모든 쿠키의 저장을 거부할 수 있습니다. &nbsp;</span>
       </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
             <span style = 'font-weight: bold;'>■ 개인정보에 관한 민원서비스&nbsp;</span>
        </div> ` +
    `<div  style='margin-left: 10px; margin-top: 10px'>
               <span style = 'font-size: small;'>회사는 고객의 개인정보를 보호하고 개인정보와 관련한 불만을 처리하기 위하여 아래와 같이 관련 부서 및 개인정보관리책임자를 지정하고 있습니다. &nbsp;</span>
          </div> ` +
    `<div  style='margin-left: 10px; margin-top: 15px'>
                  <span style = 'font-size: small;'>개인정보관리책임자 성명: &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 15px'>
                  <span style = 'font-size: small;'>전화번호: &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 15px'>
                  <span style = 'font-size: small;'>이메일 : &nbsp;</span>
     </div> ` +
    `<div  style='margin-left: 10px; margin-top: 15px'>
                   <span style = 'font-size: small;'>귀하께서는 회사의 서비스를 이용하며 발생하는 모든 개인정보보호 관련 민원을 개인정보관리책임자 혹은 담당부서로 신고하실 수 있습니다. 회사는 이용자들의 신고사항에 대해 신속하게 충분한 답변을 드릴 것입니다.

                   기타 개인정보침해에 대한 신고나 상담이 필요하신 경우에는 아래 기관에 문의하시기 바랍니다. &nbsp;</span>
      </div> ` +
    `<div  style='margin-left: 10px; margin-top: 15px'>
                    <span style = 'font-size: small;'>대검찰청 사이버수사과 (cybercid.spo.go.kr) &nbsp;</span>
       </div> ` +
    `<div  style='margin-left: 10px; margin-top: 15px; margin-bottom: 60px'>
                     <span style = 'font-size: small;'>경찰청 사이버테러대응센터 (www.ctrc.go.kr/02-392-0330): &nbsp;</span>
        </div> `,
};
