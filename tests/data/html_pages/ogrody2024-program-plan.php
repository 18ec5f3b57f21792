<div class="content column text" id="program-plan">

  <div class="accent subtitle">plan dnia (sobota)</div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">09:30 &ndash; Otwarcie bram edenu</p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">10:00 &ndash; Wstęp do konferencji</p>
    </div>
  </div>

  <div class="sub-accent subtitle">nowy internet</div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">10:20 &ndash; Ekologia techniki i&nbsp;etyka
        projektowania na rzecz nowej sieci<br><span>prof. Michał Krzykawski
          (Uniwersytet Śląski, Pracownia Współtwórcza)</span></p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
      </button>
    </div>
    <div class="list-description">
      <p>Dzisiaj trudno jest zorganizować "strajk dla nowej sieci" nie tylko ze
        względu na hegemonię kulturową Doliny Krzemowej i&nbsp;jej marketing.
        Brakuje nam przede wszystkim nowego sposobu myślenia i&nbsp;działania,
        który mógłby tę hegemonię przełamać. W&nbsp;swoim wystąpieniu będę
        przekonywał, że uzupełnienie informatyki teoretycznej o&nbsp;wątki
        związane z&nbsp;ekologią techniki i&nbsp;etyką projektowania może
        utorować praktyczną drogę prowadzącą do takiego przełamania
        i&nbsp;ustanowić dojrzałą kulturę techniczną. Jej ustanowienie to jedno
        z&nbsp;kluczowych wyzwań, przed którym dzisiaj stajemy. Zwłaszcza po
        tym, gdy informatyczna puszka Pandory z&nbsp;wielkimi modelami
        językowymi została otwarta.</p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">10:40 &ndash; Rzeczywistość cyfrowa po
        skończoności<br><span>Piotr Butlewski (Flying Bisons)</span></p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
    </div>
    <div class="list-description">
      <p>Nie jesteśmy w&nbsp;stanie wprost określić, jak może wyglądać internet
        po końcu świata i&nbsp;jakie formy cyfrowych bytów przetrwają stan
        chaosu. Istnieją oczywiście pewne przesłanki, na podstawie których
        możemy spekulować. Opierają się one na trzech pojęciach rodem
        z&nbsp;nowego internetu: Lore, Protokół i&nbsp;Vibe. Przy ich użyciu
        zwiedzimy sposoby opowiadania historii które cechuje rozproszenie,
        nielinearność i&nbsp;brak narratora. Bo, być może, formy tego typu
        przetrwają czas w&nbsp;którym indywidualna wypowiedź przestaje
        wystarczać.</p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">11:00 &ndash; Cyfrowe Monarchie (-‿◦☀)<br><span>Kat
          Zavada (ASP Kraków)</span></p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
    </div>
    <div class="list-description">Na styku dwóch kryzysów, kryzysu demokracji
      i&nbsp;kryzysu Web2 rodzą się cyfrowe monarchie. Pozornie archaiczne idee
      takie jak feudalizm czy monarchizm rozwijają swoje neo formy
      w&nbsp;środowiskach nowych technologii. Manifestacją tego jest m.in.
      Urbit, software, który miał być prototypem państwowości oraz nowym
      internetem. Kusząc niszowością i&nbsp;sexy interfejsami, urbitowy krąg
      wciągnął Grimes, cool kids z&nbsp;Brooklynu, aż w&nbsp;końcu wciągnął
      i&nbsp;mnie. Jak wygląda polityczny aspekt tego oprogramowania, jakie
      wartościowe elementy możemy w&nbsp;nim znaleźć i&nbsp;czemu feudalny
      futuryzm jest pociągający? Zapraszam na wild ride po
      technoreakcjonistycznej krainie (ʃƪ˘ﻬ˘)</div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">11:20 &ndash; Dyskusja: umarł internet, niech żyje
        internet<br><span>Michał Krzykawski, Piotr Butlewski, Kat Zavada, Kuba
          Kulesza (host)</span></p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">12:00 &ndash; ☕</p>
    </div>
  </div>

  <div class="accent subtitle">post-platformowe ogrody</div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">12:30 &ndash; Europejski przepis na media
        społecznościowe: czy da się "smacznie, ale
        bez cukru"?<br><span>Dorota Głowacka (Panoptykon)</span></p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
    </div>
    <div class="list-description">
      <p>Weszliśmy na platformy społecznościowe zwabieni obietnicą wspólnoty,
        ale też darmowego, spersonalizowanego "feedu". Ta obietnica była tylko
        wabikiem, od początku w&nbsp;interesie płacących klientów platform
        społecznościowych było coś innego: przykleić nas do ekranu.</p>
      <p>W tym modelu odbiorca treści nie jest klientem, który może wpływać na
        serwowane mu treści. Interfejsy i&nbsp;algorytmy mediów
        społecznościowych są zaprojektowane tak, żeby stymulować nasz nasz cykl
        dopaminowy i uzależniać. Dokładnie tak jak cukier. Albo nikotyna. Dzieje
        się to kosztem nie tylko naszego dobrostanu (fizycznego
        i&nbsp;psychicznego), ale również jakości serwowanych nam treści.</p>
      <p>Ten problem dostrzegła Unia Europejska. Prawo, które ogranicza
        szkodliwe skutki funkcjonowania wielkich platform internetowych zostało
        przyjęte w&nbsp;2022 r. i&nbsp;obowiązuje pod nazwą Digital Services Act
        (DSA). Czy z&nbsp;pomocą nowej regulacji będziemy w&nbsp;stanie wymusić
        podmiotowe traktowanie ludzi zwanych "użytkownikami"?</p>
      <p>Z&nbsp;perspektywy organizacji, która wspiera Komisję Europejską
        w&nbsp;upodmiotowieniu “użytkowników”, chcemy Wam opowiedzieć
        o&nbsp;przepisie na "zdrowsze" media społecznościowe. Jesteśmy
        przekonani, że da się je zaprojektować tak, by karmiły nie uzależniając,
        a&nbsp;w ważnych tematach -- dostarczały ludziom jakościowych informacji
        o&nbsp;świecie.</p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">13:00 &ndash; Jak projektować dla
        dialogu?<br><span>Kasia Drożdżal, Paweł Nowak (WUD Silesia)</span></p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
    </div>
    <div class="list-description">
      <p>Jak często zadajemy sobie pytanie, na jakich zasadach korzystamy z
        technologii cyfrowych? Czy są to nasze zasady, czy tylko ich pozory, bo
        tak naprawdę, jako konsumenci rozwiązań cyfrowych mamy bardzo niewiele
        do powiedzenia? Czy możemy coś z&nbsp;tym zrobić?</p>
      <p>Wiele obszarów zaangażowania człowieka w&nbsp;środowiska cyfrowe
        wyłania paradoksy (np. paradoks prywatności, paradoks
        samooptymalizacji), które mogą być traktowane jako sygnały, że
        powszechnie przyjmowane założenia na temat relacji człowiek-maszyna nie
        są transparentne, a&nbsp;nawet są podszyte manipulacją. Wyłaniają się
        narracje o&nbsp;ograniczeniu poczucia sprawczości użytkowników,
        a&nbsp;oni sami opisują swoje doświadczenia w kategoriach inercji.
        A&nbsp;co jeśli ten krajobraz można transformować? </p>
      <p>W ramach naszego wystąpienia zastanowimy się, czy możliwa jest
        transformacja myślenia o&nbsp;“punktach styku” z&nbsp;technologią
        w&nbsp;rozbudowane "przestrzenie dialogu" i&nbsp;świadomego
        zaangażowania. Przyglądając się zasobom i&nbsp;potencjałowi człowieka,
        jak również jego ograniczeniom i&nbsp;podatności na uwikłanie, zaprosimy
        do dyskusji dotyczącej możliwości wprowadzania własnych zasad do relacji
        z&nbsp;technologiami cyfrowymi.</p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">13:30 &ndash; For an imperfect Internet: The case
        for digital services on village scale<br><span>Arnar Sigurðsson, Anna
          Marjankowska (Hafnar Haus)</span></p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">14:00 &ndash; Przerwa obiadowa</p>
    </div>
  </div>

  <div class="accent subtitle">sztuczne inteligencje</div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">15:00 &ndash; Mitologia i&nbsp;praktyka AI: Zabicie
        ojca,
        powstanie małych modeli<br><span>Agnieszka Zgud (Grupa Robocza)</span>
      </p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
    </div>
    <div class="list-description">
      <p>Polityka i&nbsp;mitologia nowej techniki przedstawiają rozwój AI jako
        proces nieuchronny, zdeterminowany i&nbsp;totalny (chociaż na razie
        zdeterminowani są tylko inwestorzy). Z&nbsp;tej perspektywy wielkie
        modele są współczesnymi piramidami, które mają demonstrować władzę
        i&nbsp;zapewnić faraonom nieśmiertelność.</p>
      <p>A co jeśli inne mitologie i&nbsp;inne technologie są możliwe? Co
        z&nbsp;małymi leśnymi modelami, albo z&nbsp;modelami, które ukryte pod
        schodami strzegą domu, żywiąc się słońcem, wodą lub, dlaczego nie,
        resztkami z&nbsp;obiadu?</p>
      <p>W swoim wystąpieniu pokażę kilka punktów zwrotnych w&nbsp;powstawaniu
        technologii i&nbsp;mitów sztucznej inteligencji, postaram się też
        zarysować możliwości tworzenia własnych małych, autonomicznych modeli.
      </p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">15:30 &ndash; AI: Przewodnik po przyszłych rajach
        i&nbsp;piekłach - Jak sztuczna inteligencja kształtuje nasze wizje
        idealnego i&nbsp;przerażającego świata, czyli o&nbsp;wizjach
        modernizacji w&nbsp;kontekście rozwoju technologii<br><span>Marcin
          Nowicki, Katarzyna Nestorowicz
          (NOVIKI)</span></p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
    </div>
    <div class="list-description">
      <p>Wykład "AI: Przewodnik po przyszłych rajach i&nbsp;piekłach" analizuje
        wpływ technologii na współczesne wizje utopii i&nbsp;dystopii, od
        idealistycznych koncepcji lat 60. po nowoczesne projekty miast
        przyszłości jak Neom. Prezentacja skupia się na tym, jak te technologie
        mogą zarówno ulepszać jakość życia, jak i&nbsp;wprowadzać ryzyko
        większej kontroli i&nbsp;nierówności. Uczestnicy będą mieli okazję do
        refleksji nad etycznymi i&nbsp;społecznymi aspektami nowych technologii
        i&nbsp;ich roli w&nbsp;kształtowaniu przyszłych społeczeństw.</p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">16:00 &ndash; Miękki powrót
        cybernetyki<br><span>Kuba Kulesza (Agrocybernetyka)</span></p>
      <button class="list-more">opis <div class="list-arrow">↗</div>
    </div>
    <div class="list-description">
      <p>Cybernetyka przeżywa swoją drugą młodość. W&nbsp;dobie rozpędzonej
        rewolucji sztucznej inteligencji, wydaje się pozostawać bezpieczną
        ostoją, która daje perspektywę na zrównoważony rozwój technologiczny.
        Cybernetyka zajmuje się analizą systemów oraz konstrukcją procesów
        o&nbsp;charakterze cyklicznym, głównie tych zachodzących pomiędzy
        człowiekiem a&nbsp;maszyną. W swoich założeniach odwołuje się do świata
        przyrody. Pomaga uchwycić zarówno oczekiwane, jak i&nbsp;nieoczekiwane
        skutki rozwoju technologii informacyjnych dla planety i&nbsp;jej
        mieszkańców. Podczas wystąpienia chciałbym zarysować, jak cybernetyka
        może pomóc nam odnaleźć się w&nbsp;rzeczywistości kształtowanej przez
        modele
        AI.</p>
    </div>
  </div>

  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">16:30 &ndash; Zakończenie konferencji</span></p>
    </div>
  </div>
  <div class="list-item">
    <div class="list-title">
      <p class="sub-accent">19:00 &ndash; Afterparty (TBA)</span></p>
    </div>
  </div>

</div>
