@extends('layouts.website')

@section('content')
<div style="position:relative" class="text-center">
      <h1 class="text-center tex-white" style="color:#fff; font-size:42px; margin: 0;
      position: absolute;
      top: 50%;
      left: 50%;
      -ms-transform: translate(-50%, -50%);
      transform: translate(-50%, -50%);
      width:100%;
      ">개인정보취급방침</h1>
      <img src="/images/bg/policy-header.jpg" class="img img-responsive" alt="policy-header">
</div>
<div class="container mb-5 mt-4">
    <div class="mt-3 mb-3" style="min-height: 250px;">
        <div style="font-family: sans-serif !important;">
            <p style="font-family: sans-serif !important;">
                개인정보취급방침
            </p>
            <ol style="font-family: sans-serif !important;">
                <li style="font-family: sans-serif !important; margin-bottom:20px;">
                    개인정보의 수집 및 이용목적 <br>
                    GW영어독서논술연구소는 이용자의 개인정보를 중요시하며 “정보통신망 이용촉진 및 정보보호”에 관한 법률을 준수하고 있습니다.
                    GW영어독서논술연구소는 개인처리방침을 개정하는 경우 웹사이트 공지사항(또는 개별공지)을 통하여 공지할 것입니다.
                </li>
                <li style="font-family: sans-serif !important; margin-bottom:20px;">
                    개인정보 수집항목 <br>
                    GW영어독서논술연구소는 회원을 대상으로 각종 서비스를 제공하기 위해 로그인 ID, 비밀번호, 성명, E-mail주소, 휴대전화번호, 서비스 이용기록, 접속로그, 쿠키 등을 수집하고 있습니다. 
                </li>
                <li style="font-family: sans-serif !important; margin-bottom:20px;">
                    개인정보의 보유 및 이용기간 <br>
                    GW영어독서논술연구소에서 제공되는 서비스를 받는 동안 회원의 개인정보는 계속 보유하며, 회원의 해지 요청 시까지 관계 법령에 의거하여 이용하게 됩니다.
                    <br>
                    회원의 개인정보는 관계 법령에 근거한 다음의 경우를 제외하고는 원칙적으로 제3기관 및 제3자에게 제공되지 않습니다.
                    <ul>
                        <li style="font-family: sans-serif !important;" >금융실명제 및 비밀보장에 관하 법률, 신용정보의 이용 및 보호에 관한 법률, 전기통신기본법, 전기통신사업법, 지방세법, 소비자보호법, 한국은행법, 형사소송법 등 법률에 특별한 규정이 있는 경우(법령에 다라 행정관청 또는 수사기관이 요구해 온 경우라도 무조건 회원정도를 제공하지 않으며, 법령에 규정된 바에 따라 영장 또는 기관장의 직인이 날인된, 서명에 의한 경우에만 제공합니다.)</li>
                        <li style="font-family: sans-serif !important;" >서비스 제공에 따른 요금 정산을 위하여 필요한 경우</li>
                        <li style="font-family: sans-serif !important;" >통계 작성, 학술 연구 또는 시장 조사를 위하여 필요한 경우로써, 특정 개인을 식별할 수 없는 형태로 제공하는 경우</li>
                        <li style="font-family: sans-serif !important;" >이용자들이 사전에 동의한 경우</li>
                        <li style="font-family: sans-serif !important;" >관계사에 서비스 이용을 위하여 필요한 경우</li>
                    </ul>
                    기타, 회원님의 개별적 동의가 있는 경우에는 개별 동의에 따른 기간까지 보관합니다.
                </li>
                <li style="font-family: sans-serif !important; margin-bottom:20px;">
                    회원가입에 대한 동의 철회, 열람 또는 수정 <br>
                    회원이 원하는 경우 언제라도 개인정보를 열람, 수정할 수 있으며, 수정된 정보는 수정 절차가 완료된 이 후에 적용됩니다.
                    회원의 개인정보는 비밀번호에 의해 보호되고 있습니다. 회원 계정의 비밀번호는 오직 본인만이 알 수 있으며, 개인정보의 확인 및 변경은 비밀번호를 알고 있는 본인에 의해서 가능합니다. <br>
                    따라서 회원님 비밀번호는 누구에게도 알려 주면 안됩니다. 또한 작업을 마치신 후에는 로그아웃(Log out)하시고 웹사이트를 종료하시는 것이 바람직합니다.
                </li>
                <li style="font-family: sans-serif !important; margin-bottom:20px;">
                    개인정보 자동수집 장치의 설치‧운영 및 그 거부에 관한 사항  <br>
                    GW영어독서논술연구소 개개인에게 최적의 맞춤 서비스를 제공해 드리기 위해 회원의 정보를 저장하고 수시로 불러오는 '쿠키(cookie)'를 사용합니다. <br>
                    쿠키란 웹사이트를 운영하는데 사용되는 서버가 사용자의 브라우저에 보내는 소량의 정보로써 회원님 컴퓨터의 하드디스크에 저장됩니다. <br>
                    쿠키를 이용하여 회원이 이용한 서비스의 여러 형태(접속 빈도나 방문 시간, 이용자의 취향과 관심분야, 경로분석, 각종 이벤트 참여 정도 등을 통한 타겟 마케팅 및 개인 맞춤 서비스 제공 등)를 파악함으로써 더 유용하고 편리한 서비스를 만들어 제공할 수 있게 됩니다.<br>
                    회원은 쿠키에 대한 선택권을 가지고 있습니다. 회원의 웹 브라우저의 옵션을 선택함으로써 모든 쿠키를 허용하거나, 쿠키가 저장될 때마다 확인을 거치거나, 또는 모든 쿠키의 저장을 거부할 수 있습니다.
                    단, 쿠키의 저장을 거부하실 경우 GW영어독서논술연구소의 서비스 이용이 원활하지 않을 수도 있습니다.
                </li>
                <li style="font-family: sans-serif !important; margin-bottom:20px;">
                    이용자 및 법정대리인의 권리와 그 행사방법 <br>
                    이용자 및 법정 대리인은 언제든지 등록되어 있는 자신 혹은 당해 만 18세 미만 아동의 개인정보를 조회하거나 수정할 수 있으며, 가입해지를 요청할 수도 있습니다. <br>
                    담당자에게 서면 또는 전화로 연락을 하시면 언제든지 회원 탈퇴를 할 수 있으며, 회원 탈퇴 신청 후 모든 정보는 삭제됩니다.
                </li>
                <li style="font-family: sans-serif !important; margin-bottom:20px;">
                    개인정보에 관한 민원서비스 <br>
                    GW영어독서논술연구소 고객의 개인정보를 보호하고 개인정보와 관련한 불만을 처리하기 위하여 아래와 같이 개인정보 관리담당자를 지정하고 있습니다.
                </li>
            </ol>

            개인정보 관리담당자 <br>
            부서명 : Div. Customer Service   <br>
            담당자 : Billy Kim <br>
            연락처 : 02-371-1500 , guidedwriting2021@naver.com 
        </div>
    </div>
</div>
@endsection
