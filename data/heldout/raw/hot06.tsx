const pp = {
  header: "개인정보 처리 방침",
  data:
    <body>
      <div>
        <p>
          <span>개인정보처리방침</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>글리치</span>
          <span> </span>
          <span>스튜디오</span>
          <span>(</span>
          <span>이하</span>
          <span> "</span>
          <span>회사</span>
          <span>")</span>
          <span>에서</span>
          <span> </span>
          <span>운영하는</span>
          <span> </span>
          <span>홈페이지</span>
          <span>(https://www.glitchstudio.io)</span>
          <span>는</span>
          <span> </span>
          <span>정보통신망</span>
          <span> </span>
          <span>이용촉진</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>정보보호</span>
          <span> </span>
          <span>등에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>법률</span>
          <span>, </span>
          <span>개인정보보호법</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>관련</span>
          <span> </span>
          <span>법령</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>정보통신부가</span>
          <span> </span>
          <span>제정한</span>
          <span> </span>
          <span>개인정보보호지침을</span>
          <span> </span>
          <span>준수하고</span>
          <span> </span>
          <span>있으며</span>
          <span>, </span>
          <span>개인정보가</span>
          <span> </span>
          <span>유출되어</span>
          <span> </span>
          <span>피해를</span>
          <span> </span>
          <span>입지</span>
          <span> </span>
          <span>않도록</span>
          <span> </span>
          <span>개인정보처리방침을</span>
          <span> </span>
          <span>정하여</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>정보보호에</span>
          <span> </span>
          <span>최선을</span>
          <span> </span>
          <span>다하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>. </span>
          <span>이용자는</span>
          <span> </span>
          <span>언제든지</span>
          <span> </span>
          <span>이</span>
          <span> </span>
          <span>처리방침을</span>
          <span> </span>
          <span>열람하여</span>
          <span> </span>
          <span>확인하실</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있으며</span>
          <span>, </span>
          <span>개인정보처리방침은</span>
          <span> </span>
          <span>법령</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>정부지침의</span>
          <span> </span>
          <span>변경과</span>
          <span> </span>
          <span>보다</span>
          <span> </span>
          <span>나은</span>
          <span> </span>
          <span>서비스</span>
          <span> </span>
          <span>제공을</span>
          <span> </span>
          <span>위해</span>
          <span> </span>
          <span>그</span>
          <span> </span>
          <span>내용이</span>
          <span> </span>
          <span>변경될</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>1.</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>수집항목</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>수집방법</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>서비스</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>컨텐츠</span>
          <span> </span>
          <span>제공</span>
          <span>, </span>
          <span>원활한</span>
          <span> </span>
          <span>상담을</span>
          <span> </span>
          <span>위해</span>
          <span> </span>
          <span>아래와</span>
          <span> </span>
          <span>같은</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>수집합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>1.1.</span>
          <span> </span>
          <span>수집하는</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>항목</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>문의</span>
          <span> </span>
          <span>접수</span>
          <span> </span>
          <span>시</span>
          <span> </span>
          <span>수집하는</span>
          <span> </span>
          <span>필수정보</span>
          <span> : </span>
          <span>이름</span>
          <span>, </span>
          <span>연락처</span>
          <span>, </span>
          <span>이메일</span>
          <span>, </span>
          <span>소속</span>
          <span>, </span>
          <span>문의내용</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>1.2 </span>
          <span>개인정보</span>
          <span> </span>
          <span>수집방법</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>글리치</span>
          <span> </span>
          <span>스튜디오</span>
          <span> </span>
          <span>홈페이지</span>
          <span> </span>
          <span>문의하기</span>
          <span> </span>
          <span>등을</span>
          <span> </span>
          <span>통한</span>
          <span> </span>
          <span>정보수집</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>제휴사로부터의</span>
          <span> </span>
          <span>제공</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>PC, </span>
          <span>모바일</span>
          <span> </span>
          <span>이용과정에서의</span>
          <span> </span>
          <span>생성정보</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>2. </span>
          <span>개인정보의</span>
          <span> </span>
          <span>수집</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>이용목적</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>다음과</span>
          <span> </span>
          <span>같은</span>
          <span> </span>
          <span>목적을</span>
          <span> </span>
          <span>위하여</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>수집합니다</span>
          <span>. </span>
          <span>처리하고</span>
          <span> </span>
          <span>있는</span>
          <span> </span>
          <span>개인정보는</span>
          <span> </span>
          <span>다음의</span>
          <span> </span>
          <span>목적</span>
          <span> </span>
          <span>이외의</span>
          <span> </span>
          <span>용도로는</span>
          <span> </span>
          <span>이용되지</span>
          <span> </span>
          <span>않으며</span>
          <span>, </span>
          <span>이용</span>
          <span> </span>
          <span>목적이</span>
          <span> </span>
          <span>변경될</span>
          <span> </span>
          <span>시에는</span>
          <span> </span>
          <span>별도</span>
          <span> </span>
          <span>동의를</span>
          <span> </span>
          <span>받는</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>필요한</span>
          <span> </span>
          <span>조치를</span>
          <span> </span>
          <span>이행할</span>
          <span> </span>
          <span>예정입니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>2.1. </span>
          <span>고객</span>
          <span> </span>
          <span>문의</span>
          <span> </span>
          <span>업무</span>
          <span> </span>
          <span>처리</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>고객</span>
          <span> </span>
          <span>문의</span>
          <span> </span>
          <span>답변</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>개인</span>
          <span> </span>
          <span>식별</span>
          <span> </span>
          <span>용도로</span>
          <span> </span>
          <span>사용</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>2.2 </span>
          <span>제품</span>
          <span>/</span>
          <span>서비스</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>콘텐츠의</span>
          <span> </span>
          <span>제공</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>서비스</span>
          <span>/</span>
          <span>컨텐츠</span>
          <span> </span>
          <span>제공에</span>
          <span> </span>
          <span>따른</span>
          <span> </span>
          <span>본인확인</span>
          <span> </span>
          <span>목적</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>2.3 </span>
          <span>서비스</span>
          <span> </span>
          <span>개선</span>
          <span> </span>
          <span>자료</span>
          <span> </span>
          <span>활용</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>홈페이지</span>
          <span> </span>
          <span>서비스</span>
          <span> </span>
          <span>개선</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>신규</span>
          <span> </span>
          <span>서비스</span>
          <span> </span>
          <span>이용자</span>
          <span> </span>
          <span>경험</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>기능</span>
          <span> </span>
          <span>개선</span>
          <span>, </span>
          <span>접속</span>
          <span> </span>
          <span>빈도</span>
          <span> </span>
          <span>파악</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>서비스</span>
          <span> </span>
          <span>이용에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>통계</span>
          <span> </span>
          <span>분석</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>페이지</span>
          <span> </span>
          <span>응답</span>
          <span> </span>
          <span>시간</span>
          <span>, </span>
          <span>특정</span>
          <span> </span>
          <span>페이지에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>방문</span>
          <span> </span>
          <span>시간</span>
          <span>, </span>
          <span>페이지</span>
          <span> </span>
          <span>상호작용</span>
          <span> </span>
          <span>정보</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>페이지를</span>
          <span> </span>
          <span>탐색하는데</span>
          <span> </span>
          <span>사용된</span>
          <span> </span>
          <span>방법</span>
          <span> </span>
          <span>등을</span>
          <span> </span>
          <span>포함한</span>
          <span> </span>
          <span>세션</span>
          <span> </span>
          <span>정보를</span>
          <span> </span>
          <span>측정</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>수집</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>2.4 </span>
          <span>홍보</span>
          <span>/</span>
          <span>마케팅</span>
          <span> </span>
          <span>활용</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>인구통계학적</span>
          <span> </span>
          <span>특성에</span>
          <span> </span>
          <span>따른</span>
          <span> </span>
          <span>서비스</span>
          <span> </span>
          <span>제공</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>광고게재</span>
          <span>, </span>
          <span>서비스</span>
          <span> </span>
          <span>정보</span>
          <span> </span>
          <span>안내</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>설문조사</span>
          <span>/</span>
          <span>이벤트</span>
          <span> </span>
          <span>실시</span>
          <span>, </span>
          <span>이벤트</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>광고성</span>
          <span> </span>
          <span>정보</span>
          <span> </span>
          <span>제공</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>참여기회</span>
          <span> </span>
          <span>제공</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>3. </span>
          <span>개인정보의</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자</span>
          <span> </span>
          <span>제공</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>3.1 </span>
          <span>회사는</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>개인정보를</span>
          <span> "2. </span>
          <span>개인정보</span>
          <span> </span>
          <span>수집</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>이용</span>
          <span> </span>
          <span>목적</span>
          <span>"</span>
          <span>에서</span>
          <span> </span>
          <span>고지한</span>
          <span> </span>
          <span>범위</span>
          <span> </span>
          <span>내에서</span>
          <span> </span>
          <span>사용하며</span>
          <span>, </span>
          <span>이용자의</span>
          <span> </span>
          <span>사전</span>
          <span> </span>
          <span>동의</span>
          <span> </span>
          <span>없이</span>
          <span> </span>
          <span>동</span>
          <span> </span>
          <span>범위를</span>
          <span> </span>
          <span>초과하여</span>
          <span> </span>
          <span>이용하거나</span>
          <span> </span>
          <span>원칙적으로</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자에게</span>
          <span> </span>
          <span>제공하지</span>
          <span> </span>
          <span>않습니다</span>
          <span>. </span>
          <span>다만</span>
          <span>, </span>
          <span>아래의</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>예외로</span>
          <span> </span>
          <span>합니다</span>
          <span>.</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>이용자가</span>
          <span> </span>
          <span>사전에</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자</span>
          <span> </span>
          <span>제공에</span>
          <span> </span>
          <span>동의한</span>
          <span> </span>
          <span>경우</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>수사</span>
          <span>·</span>
          <span>조사</span>
          <span> </span>
          <span>목적으로</span>
          <span> </span>
          <span>법령에</span>
          <span> </span>
          <span>정해진</span>
          <span> </span>
          <span>절차와</span>
          <span> </span>
          <span>방법에</span>
          <span> </span>
          <span>따라</span>
          <span> </span>
          <span>수사기관</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>감독</span>
          <span> </span>
          <span>당국의</span>
          <span> </span>
          <span>요구가</span>
          <span> </span>
          <span>있는</span>
          <span> </span>
          <span>경우</span>
        </p>
        <p>
          <span>다</span>
          <span>.</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>그</span>
          <span> </span>
          <span>밖에</span>
          <span> </span>
          <span>개별</span>
          <span> </span>
          <span>법률의</span>
          <span> </span>
          <span>근거규정에</span>
          <span> </span>
          <span>의하는</span>
          <span> </span>
          <span>경우</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>통계작성</span>
          <span>, </span>
          <span>학술</span>
          <span> </span>
          <span>연구</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>시장조사를</span>
          <span> </span>
          <span>위하여</span>
          <span> </span>
          <span>필요한</span>
          <span> </span>
          <span>경우로서</span>
          <span> </span>
          <span>특정</span>
          <span> </span>
          <span>개인을</span>
          <span> </span>
          <span>식별할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>없는</span>
          <span> </span>
          <span>형태로</span>
          <span> </span>
          <span>제공하는</span>
          <span> </span>
          <span>경우</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>3.2 </span>
          <span>그</span>
          <span> </span>
          <span>밖에</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자</span>
          <span> </span>
          <span>제공이</span>
          <span> </span>
          <span>필요한</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>합당한</span>
          <span> </span>
          <span>절차를</span>
          <span> </span>
          <span>통한</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>동의를</span>
          <span> </span>
          <span>얻어</span>
          <span> </span>
          <span>회사는</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자에게</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>제공할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>4. </span>
          <span>개인정보처리</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자</span>
          <span> </span>
          <span>위탁</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>관리</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>보다</span>
          <span> </span>
          <span>다양한</span>
          <span> </span>
          <span>서비스</span>
          <span> </span>
          <span>제공을</span>
          <span> </span>
          <span>위하여</span>
          <span> </span>
          <span>다음과</span>
          <span> </span>
          <span>같이</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>위탁하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>4.1 </span>
          <span>당사</span>
          <span> </span>
          <span>홈페이지의</span>
          <span> </span>
          <span>문의하기</span>
          <span> </span>
          <span>기능은</span>
          <span> </span>
          <span>구글</span>
          <span> </span>
          <span>설문을</span>
          <span> </span>
          <span>통해</span>
          <span> </span>
          <span>제공됩니다</span>
          <span>. </span>
          <span>이용자의</span>
          <span> </span>
          <span>데이터는</span>
          <span> </span>
          <span>구글의</span>
          <span> </span>
          <span>데이터</span>
          <span> </span>
          <span>스토리지</span>
          <span>, </span>
          <span>데이터베이스에</span>
          <span> </span>
          <span>저장됩니다</span>
          <span>. </span>
          <span>구글의</span>
          <span> </span>
          <span>개인정보취급방침은</span>
          <span> https://policies.google.com/privacy </span>
          <span>에서</span>
          <span> </span>
          <span>확인</span>
          <span> </span>
          <span>가능합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>4.2 </span>
          <span>회사는</span>
          <span> </span>
          <span>당사</span>
          <span> </span>
          <span>주최</span>
          <span> </span>
          <span>행사</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>이벤트의</span>
          <span> </span>
          <span>원활한</span>
          <span> </span>
          <span>진행을</span>
          <span> </span>
          <span>위해</span>
          <span> </span>
          <span>대행</span>
          <span> </span>
          <span>업체에게</span>
          <span> </span>
          <span>업무를</span>
          <span> </span>
          <span>위탁하는</span>
          <span> </span>
          <span>바이며</span>
          <span>, </span>
          <span>해당</span>
          <span> </span>
          <span>위탁업무를</span>
          <span> </span>
          <span>처리하는</span>
          <span> </span>
          <span>과정에서</span>
          <span> </span>
          <span>회원의</span>
          <span> </span>
          <span>개인정보가</span>
          <span> </span>
          <span>제공될</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>고객님의</span>
          <span> </span>
          <span>동의</span>
          <span> </span>
          <span>없이</span>
          <span> </span>
          <span>고객님의</span>
          <span> </span>
          <span>정보를</span>
          <span> </span>
          <span>외부</span>
          <span> </span>
          <span>업체에</span>
          <span> </span>
          <span>위탁하지</span>
          <span> </span>
          <span>않습니다</span>
          <span>. </span>
          <span>향후</span>
          <span> </span>
          <span>그러한</span>
          <span> </span>
          <span>필요가</span>
          <span> </span>
          <span>생길</span>
          <span> </span>
          <span>경우</span>
          <span>, </span>
          <span>위탁</span>
          <span> </span>
          <span>대상자와</span>
          <span> </span>
          <span>위탁</span>
          <span> </span>
          <span>업무</span>
          <span> </span>
          <span>내용</span>
          <span>, </span>
          <span>기술적</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>관리적</span>
          <span> </span>
          <span>보호조치</span>
          <span>, </span>
          <span>재위탁</span>
          <span> </span>
          <span>제한</span>
          <span>, </span>
          <span>수탁자에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>관리감독</span>
          <span>, </span>
          <span>손해배상</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>책임에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>사항을</span>
          <span> </span>
          <span>계약서</span>
          <span> </span>
          <span>등에</span>
          <span> </span>
          <span>명시하고</span>
          <span>, </span>
          <span>고객에게</span>
          <span> </span>
          <span>통지하며</span>
          <span>, </span>
          <span>수탁자가</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>안전하게</span>
          <span> </span>
          <span>처리하는</span>
          <span> </span>
          <span>지</span>
          <span> </span>
          <span>감독합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>5. </span>
          <span>개인정보의</span>
          <span> </span>
          <span>보유</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>이용기간</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>개인정보의</span>
          <span> </span>
          <span>수집</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>이용목적이</span>
          <span> </span>
          <span>달성되거나</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>요청이</span>
          <span> </span>
          <span>있는</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>지체</span>
          <span> </span>
          <span>없이</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>파기합니다</span>
          <span>. </span>
          <span>단</span>
          <span>, </span>
          <span>다음의</span>
          <span> </span>
          <span>정보에</span>
          <span> </span>
          <span>대해서는</span>
          <span> </span>
          <span>아래의</span>
          <span> </span>
          <span>이유로</span>
          <span> </span>
          <span>명시한</span>
          <span> </span>
          <span>기간</span>
          <span> </span>
          <span>동안</span>
          <span> </span>
          <span>보존합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>5.1 </span>
          <span>관련법령에</span>
          <span> </span>
          <span>의한</span>
          <span> </span>
          <span>정보보유</span>
          <span> </span>
          <span>사유</span>
        </p>
        <p>
          <span>전자상거래</span>
          <span> </span>
          <span>등에서의</span>
          <span> </span>
          <span>소비자보호에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>법률</span>
          <span>, </span>
          <span>통신비밀보호법</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>법령의</span>
          <span> </span>
          <span>규정에</span>
          <span> </span>
          <span>의하여</span>
          <span> </span>
          <span>보존할</span>
          <span> </span>
          <span>필요가</span>
          <span> </span>
          <span>있는</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>회사는</span>
          <span> </span>
          <span>관계법령에서</span>
          <span> </span>
          <span>정한</span>
          <span> </span>
          <span>일정한</span>
          <span> </span>
          <span>기간</span>
          <span> </span>
          <span>동안</span>
          <span> </span>
          <span>회원정보를</span>
          <span> </span>
          <span>보관하며</span>
          <span>, </span>
          <span>이</span>
          <span> </span>
          <span>경우</span>
          <span> </span>
          <span>보관하는</span>
          <span> </span>
          <span>정보를</span>
          <span> </span>
          <span>그</span>
          <span> </span>
          <span>보관의</span>
          <span> </span>
          <span>목적으로만</span>
          <span> </span>
          <span>이용하며</span>
          <span> </span>
          <span>보존기간은</span>
          <span> </span>
          <span>아래와</span>
          <span> </span>
          <span>같습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>① </span>
          <span>고객</span>
          <span> </span>
          <span>문의</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>상담</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>홈페이지</span>
          <span> </span>
          <span>문의</span>
          <span> (</span>
          <span>제품</span>
          <span>/</span>
          <span>컨설팅</span>
          <span>/</span>
          <span>채용</span>
          <span>) : 3</span>
          <span>년</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>② </span>
          <span>전자상거래</span>
          <span> </span>
          <span>등에서의</span>
          <span> </span>
          <span>소비자보호에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>법률</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>계약</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>청약철회</span>
          <span> </span>
          <span>등에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>기록</span>
          <span> : 5</span>
          <span>년</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>대금결제</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>재화</span>
          <span> </span>
          <span>등의</span>
          <span> </span>
          <span>공급에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>기록</span>
          <span> : 5</span>
          <span>년</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>소비자의</span>
          <span> </span>
          <span>불만</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>분쟁처리에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>기록</span>
          <span> : 3</span>
          <span>년</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>③ </span>
          <span>통신비밀보호법</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>웹사이트</span>
          <span> </span>
          <span>방문에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>기록</span>
          <span> : 3</span>
          <span>개월</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>6. </span>
          <span>개인정보</span>
          <span> </span>
          <span>파기절차</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>방법</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>보유기간의</span>
          <span> </span>
          <span>경과</span>
          <span>, </span>
          <span>처리목적</span>
          <span> </span>
          <span>달성</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>개인정보가</span>
          <span> </span>
          <span>불필요하게</span>
          <span> </span>
          <span>되었을</span>
          <span> </span>
          <span>때에는</span>
          <span> </span>
          <span>지체</span>
          <span> </span>
          <span>없이</span>
          <span> </span>
          <span>해당</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>파기하며</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>파기절차</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>방법은</span>
          <span> </span>
          <span>다음과</span>
          <span> </span>
          <span>같습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>6.1 </span>
          <span>회사는</span>
          <span> </span>
          <span>파기사유가</span>
          <span> </span>
          <span>발생한</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>선정하고</span>
          <span>, </span>
          <span>회사의</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>보호책임자의</span>
          <span> </span>
          <span>승인을</span>
          <span> </span>
          <span>받아</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>파기합니다</span>
          <span>. </span>
          <span>이용자의</span>
          <span> </span>
          <span>개인정보는</span>
          <span> </span>
          <span>원칙적으로</span>
          <span> </span>
          <span>개인정보의</span>
          <span> </span>
          <span>수집</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>이용목적이</span>
          <span> </span>
          <span>달성되면</span>
          <span> </span>
          <span>지체</span>
          <span> </span>
          <span>없이</span>
          <span> </span>
          <span>파기합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>6.2 </span>
          <span>회사는</span>
          <span> </span>
          <span>종이에</span>
          <span> </span>
          <span>출력된</span>
          <span> </span>
          <span>개인정보는</span>
          <span> </span>
          <span>분쇄기로</span>
          <span> </span>
          <span>분쇄하거나</span>
          <span> </span>
          <span>소각을</span>
          <span> </span>
          <span>통하여</span>
          <span> </span>
          <span>파기하며</span>
          <span>, </span>
          <span>전자적</span>
          <span> </span>
          <span>파일</span>
          <span> </span>
          <span>형태로</span>
          <span> </span>
          <span>저장된</span>
          <span> </span>
          <span>개인정보는</span>
          <span> </span>
          <span>기록을</span>
          <span> </span>
          <span>재생할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>없는</span>
          <span> </span>
          <span>방법을</span>
          <span> </span>
          <span>사용하여</span>
          <span> </span>
          <span>파기합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>6.3 </span>
          <span>이용자로부터</span>
          <span> </span>
          <span>동의</span>
          <span> </span>
          <span>받은</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>보유기간이</span>
          <span> </span>
          <span>경과하거나</span>
          <span> </span>
          <span>처리목적이</span>
          <span> </span>
          <span>달성되었음에도</span>
          <span> </span>
          <span>불구하고</span>
          <span> </span>
          <span>다른</span>
          <span> </span>
          <span>법령에</span>
          <span> </span>
          <span>따라</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>계속</span>
          <span> </span>
          <span>보존하여야</span>
          <span> </span>
          <span>하는</span>
          <span> </span>
          <span>경우에는</span>
          <span>(</span>
          <span>위</span>
          <span> </span>
          <span>제</span>
          <span>5</span>
          <span>조</span>
          <span> </span>
          <span>법령에</span>
          <span> </span>
          <span>따른</span>
          <span> </span>
          <span>보관</span>
          <span> </span>
          <span>대산</span>
          <span> </span>
          <span>정보</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>기간</span>
          <span> </span>
          <span>참조</span>
          <span>), </span>
          <span>해당</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>별도의</span>
          <span> </span>
          <span>데이터베이스</span>
          <span>(DB)</span>
          <span>로</span>
          <span> </span>
          <span>옮기거나</span>
          <span> </span>
          <span>보관장소를</span>
          <span> </span>
          <span>달리하여</span>
          <span> </span>
          <span>저장한</span>
          <span> </span>
          <span>후</span>
          <span> </span>
          <span>파기합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>7. </span>
          <span>이용자</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>법정대리인의</span>
          <span> </span>
          <span>권리와</span>
          <span> </span>
          <span>행사방법</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>7.1 </span>
          <span>이용자는</span>
          <span> </span>
          <span>본인의</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>열람하거나</span>
          <span> </span>
          <span>정정</span>
          <span> </span>
          <span>요구</span>
          <span> </span>
          <span>권리를</span>
          <span> </span>
          <span>행사할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>. </span>
          <span>이용자는</span>
          <span> </span>
          <span>회사의</span>
          <span> </span>
          <span>개인정보관리담당자</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>개인정보관리책임자에게</span>
          <span> </span>
          <span>전화</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>이메일로</span>
          <span> </span>
          <span>연락하여</span>
          <span> </span>
          <span>열람</span>
          <span>·</span>
          <span>수정을</span>
          <span> </span>
          <span>요청하실</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>. </span>
          <span>동항에</span>
          <span> </span>
          <span>따른</span>
          <span> </span>
          <span>권리행사는</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>법정대리인이나</span>
          <span> </span>
          <span>위임을</span>
          <span> </span>
          <span>받은</span>
          <span> </span>
          <span>자</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>대리인을</span>
          <span> </span>
          <span>통하여</span>
          <span> </span>
          <span>할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>. </span>
          <span>이</span>
          <span> </span>
          <span>경우</span>
          <span> </span>
          <span>개인정보처리</span>
          <span> </span>
          <span>방법에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>고시</span>
          <span>(</span>
          <span>제</span>
          <span>2020-7</span>
          <span>호</span>
          <span>) </span>
          <span>별지</span>
          <span> </span>
          <span>제</span>
          <span>11</span>
          <span>호</span>
          <span> </span>
          <span>서식에</span>
          <span> </span>
          <span>따른</span>
          <span> </span>
          <span>위임장을</span>
          <span> </span>
          <span>제출하여야</span>
          <span> </span>
          <span>합니다</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>7.2 </span>
          <span>이용자가</span>
          <span> </span>
          <span>개인정보의</span>
          <span> </span>
          <span>오류에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>정정을</span>
          <span> </span>
          <span>요청한</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>정정을</span>
          <span> </span>
          <span>완료하기</span>
          <span> </span>
          <span>전까지</span>
          <span> </span>
          <span>당해</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>이용</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>제공하지</span>
          <span> </span>
          <span>않습니다</span>
          <span>. </span>
          <span>또한</span>
          <span> </span>
          <span>잘못된</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자에게</span>
          <span> </span>
          <span>이미</span>
          <span> </span>
          <span>제공한</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>정정</span>
          <span> </span>
          <span>처리결과를</span>
          <span> </span>
          <span>제</span>
          <span>3</span>
          <span>자에게</span>
          <span> </span>
          <span>지체</span>
          <span> </span>
          <span>없이</span>
          <span> </span>
          <span>통지하여</span>
          <span> </span>
          <span>정정이</span>
          <span> </span>
          <span>이루어지도록</span>
          <span> </span>
          <span>하겠습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>7.3 </span>
          <span>회사는</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>요청에</span>
          <span> </span>
          <span>의해</span>
          <span> </span>
          <span>삭제된</span>
          <span> </span>
          <span>개인정보는</span>
          <span> "5. </span>
          <span>개인정보의</span>
          <span> </span>
          <span>보유</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>이용기간</span>
          <span>"</span>
          <span>에</span>
          <span> </span>
          <span>명시된</span>
          <span> </span>
          <span>바에</span>
          <span> </span>
          <span>따라</span>
          <span> </span>
          <span>처리하고</span>
          <span> </span>
          <span>그</span>
          <span> </span>
          <span>외의</span>
          <span> </span>
          <span>용도로</span>
          <span> </span>
          <span>열람</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>이용할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>없도록</span>
          <span> </span>
          <span>처리하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>7.4 </span>
          <span>이용자는</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>정확히</span>
          <span> </span>
          <span>입력하여</span>
          <span> </span>
          <span>불의의</span>
          <span> </span>
          <span>사고를</span>
          <span> </span>
          <span>예방해</span>
          <span> </span>
          <span>주시기</span>
          <span> </span>
          <span>바랍니다</span>
          <span>. </span>
          <span>이용자가</span>
          <span> </span>
          <span>입력한</span>
          <span> </span>
          <span>부정확한</span>
          <span> </span>
          <span>정보로</span>
          <span> </span>
          <span>인해</span>
          <span> </span>
          <span>발생하는</span>
          <span> </span>
          <span>사고에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>책임은</span>
          <span> </span>
          <span>이용자에게</span>
          <span> </span>
          <span>있으며</span>
          <span>, </span>
          <span>타인</span>
          <span> </span>
          <span>정보의</span>
          <span> </span>
          <span>도용</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>허위정보를</span>
          <span> </span>
          <span>입력하는</span>
          <span> </span>
          <span>경우</span>
          <span> </span>
          <span>불이익을</span>
          <span> </span>
          <span>받을</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>7.5 </span>
          <span>개인정보의</span>
          <span> </span>
          <span>정정</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>삭제</span>
          <span> </span>
          <span>요구는</span>
          <span> </span>
          <span>다른</span>
          <span> </span>
          <span>법령에서</span>
          <span> </span>
          <span>해당</span>
          <span> </span>
          <span>개인정보가</span>
          <span> </span>
          <span>수집대상으로</span>
          <span> </span>
          <span>명시된</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>그</span>
          <span> </span>
          <span>삭제를</span>
          <span> </span>
          <span>요구할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>없습니다</span>
          <span>. </span>
          <span>한편</span>
          <span>, </span>
          <span>개인정보</span>
          <span> </span>
          <span>열람</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>처리정지</span>
          <span> </span>
          <span>요구는</span>
          <span> </span>
          <span>개인정보보호법</span>
          <span> </span>
          <span>제</span>
          <span>35</span>
          <span>조</span>
          <span> </span>
          <span>제</span>
          <span>4</span>
          <span>항</span>
          <span>, </span>
          <span>제</span>
          <span>37</span>
          <span>조</span>
          <span> </span>
          <span>제</span>
          <span>2</span>
          <span>항</span>
          <span>[</span>
          <span>법서</span>
          <span>1] </span>
          <span>에</span>
          <span> </span>
          <span>의하여</span>
          <span> </span>
          <span>이용자</span>
          <span>(</span>
          <span>정보주체</span>
          <span>)</span>
          <span>의</span>
          <span> </span>
          <span>권리가</span>
          <span> </span>
          <span>제한될</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>8. </span>
          <span>개인정보</span>
          <span> </span>
          <span>자동수집</span>
          <span> </span>
          <span>장치의</span>
          <span> </span>
          <span>설치</span>
          <span>·</span>
          <span>운영</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>거부에</span>
          <span> </span>
          <span>관한</span>
          <span> </span>
          <span>사항</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>이용자에게</span>
          <span> </span>
          <span>개별적인</span>
          <span> </span>
          <span>맞춤서비스를</span>
          <span> </span>
          <span>제공하기</span>
          <span> </span>
          <span>위해</span>
          <span> </span>
          <span>이용정보를</span>
          <span> </span>
          <span>저장하고</span>
          <span> </span>
          <span>수시로</span>
          <span> </span>
          <span>불러오는</span>
          <span> </span>
          <span>쿠키</span>
          <span>(cookie)</span>
          <span>를</span>
          <span> </span>
          <span>사용합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>8.1 </span>
          <span>쿠키란</span>
          <span>?</span>
        </p>
        <p>
          <span>쿠키는</span>
          <span> </span>
          <span>웹사이트를</span>
          <span> </span>
          <span>운영하는데</span>
          <span> </span>
          <span>이용되는</span>
          <span> </span>
          <span>서버가</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>브라우저에게</span>
          <span> </span>
          <span>보내는</span>
          <span> </span>
          <span>아주</span>
          <span> </span>
          <span>작은</span>
          <span> </span>
          <span>텍스트</span>
          <span> </span>
          <span>파일로</span>
          <span> </span>
          <span>이용자</span>
          <span> </span>
          <span>컴퓨터의</span>
          <span> </span>
          <span>하드디스크에</span>
          <span> </span>
          <span>저장됩니다</span>
          <span>. </span>
          <span>이후</span>
          <span> </span>
          <span>이용자가</span>
          <span> </span>
          <span>웹</span>
          <span> </span>
          <span>사이트에</span>
          <span> </span>
          <span>방문할</span>
          <span> </span>
          <span>경우</span>
          <span> </span>
          <span>웹</span>
          <span> </span>
          <span>사이트</span>
          <span> </span>
          <span>서버는</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>하드</span>
          <span> </span>
          <span>디스크에</span>
          <span> </span>
          <span>저장되어</span>
          <span> </span>
          <span>있는</span>
          <span> </span>
          <span>쿠키의</span>
          <span> </span>
          <span>내용을</span>
          <span> </span>
          <span>읽어</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>환경설정을</span>
          <span> </span>
          <span>유지하고</span>
          <span> </span>
          <span>맞춤화된</span>
          <span> </span>
          <span>제품을</span>
          <span> </span>
          <span>제공하기</span>
          <span> </span>
          <span>위해</span>
          <span> </span>
          <span>이용됩니다</span>
          <span>.</span>
        </p>
        <p>
          <span>쿠키는</span>
          <span> </span>
          <span>개인을</span>
          <span> </span>
          <span>식별하는</span>
          <span> </span>
          <span>정보를</span>
          <span> </span>
          <span>자동적</span>
          <span>/</span>
          <span>능동적으로</span>
          <span> </span>
          <span>수집하지</span>
          <span> </span>
          <span>않으며</span>
          <span>, </span>
          <span>이용자는</span>
          <span> </span>
          <span>언제든지</span>
          <span> </span>
          <span>이러한</span>
          <span> </span>
          <span>쿠키의</span>
          <span> </span>
          <span>저장을</span>
          <span> </span>
          <span>거부하거나</span>
          <span> </span>
          <span>삭제할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>8.2 </span>
          <span>쿠키</span>
          <span> </span>
          <span>사용</span>
          <span> </span>
          <span>목적</span>
        </p>
        <p>
          <span>이용자의</span>
          <span> </span>
          <span>접속빈도나</span>
          <span> </span>
          <span>방문시간</span>
          <span> </span>
          <span>등을</span>
          <span> </span>
          <span>분석</span>
          <span>, </span>
          <span>이용자의</span>
          <span> </span>
          <span>취향과</span>
          <span> </span>
          <span>관심분야</span>
          <span> </span>
          <span>파악</span>
          <span>, </span>
          <span>자취</span>
          <span> </span>
          <span>추적</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>방문</span>
          <span> </span>
          <span>횟수</span>
          <span> </span>
          <span>파악</span>
          <span> </span>
          <span>등을</span>
          <span> </span>
          <span>통한</span>
          <span> </span>
          <span>타켓</span>
          <span> </span>
          <span>마케팅</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>개인</span>
          <span> </span>
          <span>맞춤</span>
          <span> </span>
          <span>제품을</span>
          <span> </span>
          <span>제공합니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>8.3 </span>
          <span>쿠키의</span>
          <span> </span>
          <span>설치</span>
          <span>/</span>
          <span>운영</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>거부</span>
        </p>
        <p>
          <span>이용자는</span>
          <span> </span>
          <span>쿠키</span>
          <span> </span>
          <span>설치에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>선택권을</span>
          <span> </span>
          <span>가지고</span>
          <span> </span>
          <span>있습니다</span>
          <span>. </span>
          <span>따라서</span>
          <span> </span>
          <span>이용자는</span>
          <span> </span>
          <span>웹브라우저에서</span>
          <span> </span>
          <span>옵션을</span>
          <span> </span>
          <span>설정함으로써</span>
          <span> </span>
          <span>모든</span>
          <span> </span>
          <span>쿠키를</span>
          <span> </span>
          <span>허용하거나</span>
          <span>, </span>
          <span>쿠키가</span>
          <span> </span>
          <span>저장될</span>
          <span> </span>
          <span>때마다</span>
          <span> </span>
          <span>확인을</span>
          <span> </span>
          <span>거치거나</span>
          <span>, </span>
          <span>아니며</span>
          <span> </span>
          <span>모든</span>
          <span> </span>
          <span>쿠키의</span>
          <span> </span>
          <span>저장을</span>
          <span> </span>
          <span>거부할</span>
          <span> </span>
          <span>수도</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span>다만</span>
          <span>, </span>
          <span>쿠키의</span>
          <span> </span>
          <span>저장을</span>
          <span> </span>
          <span>거부할</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>이룹</span>
          <span> </span>
          <span>서비스의</span>
          <span> </span>
          <span>이용에</span>
          <span> </span>
          <span>어려움이</span>
          <span> </span>
          <span>있을</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>■ </span>
          <span>쿠키</span>
          <span> </span>
          <span>설정방법</span>
          <span> </span>
          <span>예</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>인터넷</span>
          <span> </span>
          <span>익스플로어</span>
          <span>(Internet Explorer)</span>
          <span>의</span>
          <span> </span>
          <span>경우</span>
          <span>: </span>
          <span>웹</span>
          <span> </span>
          <span>브라우저</span>
          <span> </span>
          <span>상단의</span>
          <span> </span>
          <span>도구</span>
          <span>→ </span>
          <span>인터넷</span>
          <span> </span>
          <span>옵션</span>
          <span>→ </span>
          <span>개인정보</span>
          <span>→ </span>
          <span>고급</span>
          <span>→ </span>
          <span>쿠키</span>
          <span> </span>
          <span>처리</span>
          <span> </span>
          <span>안</span>
          <span> </span>
          <span>함</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>크롬</span>
          <span>(Chrome)</span>
          <span>의</span>
          <span> </span>
          <span>경우</span>
          <span>: </span>
          <span>웹</span>
          <span> </span>
          <span>브라우저</span>
          <span> </span>
          <span>우측</span>
          <span> </span>
          <span>상단</span>
          <span> </span>
          <span>더보기</span>
          <span>→ </span>
          <span>설정</span>
          <span>→ </span>
          <span>고급</span>
          <span>→ </span>
          <span>개인정보</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>보안</span>
          <span>→ </span>
          <span>콘텐츠</span>
          <span> </span>
          <span>설정</span>
          <span>→ </span>
          <span>쿠키</span>
          <span>→ </span>
          <span>쿠키</span>
          <span> </span>
          <span>데이터</span>
          <span> </span>
          <span>저장</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>읽기</span>
          <span> </span>
          <span>허용</span>
          <span> </span>
          <span>중지</span>
          <span> </span>
          <span>의</span>
          <span> </span>
          <span>콘텐츠</span>
          <span> </span>
          <span>설정</span>
          <span> </span>
          <span>버튼</span>
          <span> → </span>
          <span>쿠키</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>9. </span>
          <span>개인정보</span>
          <span> </span>
          <span>보호를</span>
          <span> </span>
          <span>위한</span>
          <span> </span>
          <span>기술</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>관리적</span>
          <span> </span>
          <span>대책</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>이용자의</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>처리함에</span>
          <span> </span>
          <span>있어</span>
          <span> </span>
          <span>개인정보가</span>
          <span> </span>
          <span>분실</span>
          <span>, </span>
          <span>도난</span>
          <span>, </span>
          <span>유출</span>
          <span>, </span>
          <span>변조</span>
          <span> </span>
          <span>또는</span>
          <span> </span>
          <span>훼손되지</span>
          <span> </span>
          <span>않도록</span>
          <span> </span>
          <span>안전성</span>
          <span> </span>
          <span>확보를</span>
          <span> </span>
          <span>위하여</span>
          <span> </span>
          <span>다음과</span>
          <span> </span>
          <span>같은</span>
          <span> </span>
          <span>기술적</span>
          <span>/</span>
          <span>관리적</span>
          <span> </span>
          <span>대책을</span>
          <span> </span>
          <span>강구하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>9.1 </span>
          <span>해킹</span>
          <span> </span>
          <span>등에</span>
          <span> </span>
          <span>대비한</span>
          <span> </span>
          <span>대책</span>
        </p>
        <p>
          <span>회사는</span>
          <span> </span>
          <span>해킹이나</span>
          <span> </span>
          <span>컴퓨터</span>
          <span> </span>
          <span>바이러스</span>
          <span> </span>
          <span>등에</span>
          <span> </span>
          <span>의해</span>
          <span> </span>
          <span>회원의</span>
          <span> </span>
          <span>개인정보가</span>
          <span> </span>
          <span>유출되거나</span>
          <span> </span>
          <span>훼손되는</span>
          <span> </span>
          <span>것을</span>
          <span> </span>
          <span>막기</span>
          <span> </span>
          <span>위해</span>
          <span> </span>
          <span>최선을</span>
          <span> </span>
          <span>다하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span>① </span>
          <span>개인정보의</span>
          <span> </span>
          <span>훼손에</span>
          <span> </span>
          <span>대비해서</span>
          <span> </span>
          <span>안전한</span>
          <span> </span>
          <span>암호</span>
          <span> </span>
          <span>알고리즘을</span>
          <span> </span>
          <span>이용하여</span>
          <span> </span>
          <span>네트워크</span>
          <span> </span>
          <span>상의</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>안전하게</span>
          <span> </span>
          <span>관리</span>
          <span>, </span>
          <span>전송할</span>
          <span> </span>
          <span>수</span>
          <span> </span>
          <span>있도록</span>
          <span> </span>
          <span>하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span>② </span>
          <span>최신</span>
          <span> </span>
          <span>백신프로그램을</span>
          <span> </span>
          <span>설치하여</span>
          <span> </span>
          <span>바이러스</span>
          <span>, </span>
          <span>스파이웨어</span>
          <span> </span>
          <span>등</span>
          <span> </span>
          <span>악성프로그램에</span>
          <span> </span>
          <span>의해</span>
          <span> </span>
          <span>이용자들의</span>
          <span> </span>
          <span>개인정보나</span>
          <span> </span>
          <span>자료가</span>
          <span> </span>
          <span>유출되거나</span>
          <span> </span>
          <span>손상되지</span>
          <span> </span>
          <span>않도록</span>
          <span> </span>
          <span>방지하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span>③ </span>
          <span>침입차단시스템을</span>
          <span> </span>
          <span>이용하여</span>
          <span> </span>
          <span>외부로부터의</span>
          <span> </span>
          <span>무단</span>
          <span> </span>
          <span>접근을</span>
          <span> </span>
          <span>통제하고</span>
          <span> </span>
          <span>있으며</span>
          <span>, </span>
          <span>기타</span>
          <span> </span>
          <span>시스템적으로</span>
          <span> </span>
          <span>보안성을</span>
          <span> </span>
          <span>확보하기</span>
          <span> </span>
          <span>위한</span>
          <span> </span>
          <span>가능한</span>
          <span> </span>
          <span>모든</span>
          <span> </span>
          <span>기술적</span>
          <span> </span>
          <span>장치를</span>
          <span> </span>
          <span>갖추려</span>
          <span> </span>
          <span>노력하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>9.2 </span>
          <span>개인정보취급자</span>
          <span> </span>
          <span>관리</span>
        </p>
        <p>
          <span>① </span>
          <span>회사의</span>
          <span> </span>
          <span>개인정보관련</span>
          <span> </span>
          <span>처리</span>
          <span> </span>
          <span>직원은</span>
          <span> </span>
          <span>담당자에게</span>
          <span> </span>
          <span>한정시키고</span>
          <span> </span>
          <span>있고</span>
          <span> </span>
          <span>담당자에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>수시</span>
          <span> </span>
          <span>교육을</span>
          <span> </span>
          <span>통하여</span>
          <span> </span>
          <span>개인정보처리방침의</span>
          <span> </span>
          <span>준수를</span>
          <span> </span>
          <span>항상</span>
          <span> </span>
          <span>강조하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span>② </span>
          <span>개인정보</span>
          <span> </span>
          <span>관련</span>
          <span> </span>
          <span>처리자의</span>
          <span> </span>
          <span>업무</span>
          <span> </span>
          <span>인수인계는</span>
          <span> </span>
          <span>보안이</span>
          <span> </span>
          <span>유지된</span>
          <span> </span>
          <span>상태에서</span>
          <span> </span>
          <span>철저하게</span>
          <span> </span>
          <span>이루어지고</span>
          <span> </span>
          <span>있으며</span>
          <span> </span>
          <span>입사</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>퇴사</span>
          <span> </span>
          <span>후</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>사고에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>책임을</span>
          <span> </span>
          <span>명확히</span>
          <span> </span>
          <span>하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>다</span>
          <span>. </span>
          <span>개인정보</span>
          <span> </span>
          <span>처리방침</span>
          <span> </span>
          <span>준수</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>개인정보보호전담기구의</span>
          <span> </span>
          <span>운영</span>
        </p>
        <p>
          <span>입사</span>
          <span> </span>
          <span>시</span>
          <span> </span>
          <span>전</span>
          <span> </span>
          <span>직원의</span>
          <span> </span>
          <span>보안서약서를</span>
          <span> </span>
          <span>통하여</span>
          <span> </span>
          <span>사람에</span>
          <span> </span>
          <span>의한</span>
          <span> </span>
          <span>정보유출을</span>
          <span> </span>
          <span>사전에</span>
          <span> </span>
          <span>방지하고</span>
          <span> </span>
          <span>사내</span>
          <span> </span>
          <span>개인정보보호전담기구</span>
          <span> </span>
          <span>등을</span>
          <span> </span>
          <span>통하여</span>
          <span> </span>
          <span>개인정보처리방침의</span>
          <span> </span>
          <span>이행사항</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>담당자의</span>
          <span> </span>
          <span>준수여부</span>
          <span> </span>
          <span>확인하는</span>
          <span> </span>
          <span>보안점검을</span>
          <span> </span>
          <span>실시하고</span>
          <span> </span>
          <span>있습니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>10. </span>
          <span>개인정보</span>
          <span> </span>
          <span>보호책임자</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>담당부서</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>이용자의</span>
          <span> </span>
          <span>개인정보를</span>
          <span> </span>
          <span>보호하고</span>
          <span> </span>
          <span>개인정보와</span>
          <span> </span>
          <span>관련된</span>
          <span> </span>
          <span>불만</span>
          <span> </span>
          <span>등을</span>
          <span> </span>
          <span>처리하기</span>
          <span> </span>
          <span>위하여</span>
          <span> </span>
          <span>회사는</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>담당부서</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>보호책임자를</span>
          <span> </span>
          <span>두고</span>
          <span> </span>
          <span>있습니다</span>
          <span>. </span>
          <span>개인정보와</span>
          <span> </span>
          <span>관련한</span>
          <span> </span>
          <span>문의사항은</span>
          <span> </span>
          <span>아래의</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>보호책임자에게</span>
          <span> </span>
          <span>연락하여</span>
          <span> </span>
          <span>주시기</span>
          <span> </span>
          <span>바랍니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>▶ </span>
          <span>개인정보</span>
          <span> </span>
          <span>보호책임자</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>담당부서</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>이름</span>
          <span> : </span>
          <span>최정우</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>소속</span>
          <span> : </span>
          <span>정보보안</span>
          <span>(ISMS)</span>
          <span>팀</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>연락처</span>
          <span> : 051-741-1055</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>이메일</span>
          <span> : glitch@glitch.co.kr</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>기타</span>
          <span> </span>
          <span>개인정보침해에</span>
          <span> </span>
          <span>대한</span>
          <span> </span>
          <span>신고나</span>
          <span> </span>
          <span>상담이</span>
          <span> </span>
          <span>필요하신</span>
          <span> </span>
          <span>경우에는</span>
          <span> </span>
          <span>아래</span>
          <span> </span>
          <span>기관에</span>
          <span> </span>
          <span>문의하시기</span>
          <span> </span>
          <span>바랍니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>개인정보침해신고센터</span>
          <span> (https://privacy.kisa.or.kr/ </span>
          <span>국번</span>
          <span> </span>
          <span>없이</span>
          <span> 118)</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>대검찰청</span>
          <span> </span>
          <span>사이버범죄</span>
          <span> </span>
          <span>수사단</span>
          <span> (http://www.spo.go.kr/ </span>
          <span>국번</span>
          <span> </span>
          <span>없이</span>
          <span> 1301)</span>
        </p>
        <p>
          <span>-</span>
          <span> </span>
          <span>경찰청</span>
          <span> </span>
          <span>사이버안전국</span>
          <span> (http://cyberbureau.police.go.kr/ </span>
          <span>국번</span>
          <span> </span>
          <span>없이</span>
          <span> 182)</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>11. </span>
          <span>개인정보처리방침</span>
          <span> </span>
          <span>변경</span>
          <span> </span>
          <span>고지의</span>
          <span> </span>
          <span>의무</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>회사의</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>처리방침은</span>
          <span> </span>
          <span>관련</span>
          <span> </span>
          <span>법령</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>지침</span>
          <span>, </span>
          <span>내부</span>
          <span> </span>
          <span>개인정보</span>
          <span> </span>
          <span>운영방침의</span>
          <span> </span>
          <span>변경에</span>
          <span> </span>
          <span>따라</span>
          <span> </span>
          <span>내용의</span>
          <span> </span>
          <span>추가</span>
          <span>, </span>
          <span>삭제</span>
          <span> </span>
          <span>및</span>
          <span> </span>
          <span>수정이</span>
          <span> </span>
          <span>있을</span>
          <span> </span>
          <span>시에는</span>
          <span> </span>
          <span>홈페이지</span>
          <span> </span>
          <span>등을</span>
          <span> </span>
          <span>통하여</span>
          <span> </span>
          <span>고지할</span>
          <span> </span>
          <span>것입니다</span>
          <span>.</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span>개인정보</span>
          <span> </span>
          <span>처리방침</span>
          <span> </span>
          <span>버전번호</span>
          <span>: Version 1.0</span>
        </p>
        <p>
          <span>개인정보</span>
          <span> </span>
          <span>처리방침</span>
          <span> </span>
          <span>공고일자</span>
          <span>: 2022. 07. 12</span>
        </p>
        <p>
          <span>개인정보</span>
          <span> </span>
          <span>처리방침</span>
          <span> </span>
          <span>시행일자</span>
          <span>: 2022. 07. 12</span>
        </p>
        <p>
          <span></span>
        </p>
        <p>
          <span></span>
        </p>
      </div>
    </body>
}

export default { pp }