<?php
  $page = "session";
?>
<html lang="zh-TW" class="">
  <head><?php include_once("header.php");?></head>
  <body data-twttr-rendered="true" data-spy="scroll" data-target=".subnav" data-offset="50">
    <?php include_once("navbar.php");?>
    <div class="container" id="session">
    <div class="agenda">
        <div class="border">
          <div class="line">
            <div class="row">
              <div class="span12">
                <hgroup>
                  <h2 class="wf wf-h2">
                    10/27 議程表
                  </h2>
                </hgroup>
              </div>
            </div>
            <div class="agenda-group">
              <div class="agenda-title">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">08:30 ~ 09:00</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">報到</div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group off">
              <a class="agenda-title" href="#">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">海景會議廳<br>09:00 ~ 09:50</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">Ericpi、Jserv、Mikimoto</div>
                      <div class="head">開幕與議程導引與簡介</div>
                    </div>
                  </div>
                </div>
              </a>
              <div class="agenda-content">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      議程介紹
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="slide"><a href="http://www.youtube.com/watch?v=luq7yI9lts0" rel="external">錄影網址</a></div>
                      <p>Mobile Open Platform Conference 2012 是第一次舉辦，針對今年的主題「電子票劵」我們邀請了許多相關的講者，一起準備了豐盛的議程，為了讓大家對自己想聽的議程有更多的瞭解，
                      我們準備了議程的前導，介紹今年大會準備的所有議程與講者，希望大家能瞭解今年的所有議程規劃，並參與自己感興趣的議程。</p>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="row-fluid two-col">
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">海景會議廳<br>10:00 ~ 10:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">hlb</div>
                          <div class="head">Registrano: 網路售票平台的技術與挑戰</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://speakerdeck.com/hlb/registrano-technology-and-challenge" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=hpGJ_cQ8qwU" rel="external">錄影網址</a></div>
                          <p class="sessionType">後端議程</p>
                          <p>講者為和多 Handlino Inc. 的設計師兼創辦人，快樂網頁設計師 HappyDesigner 社群核心成員。</p>
                          <p>議程大綱：<br>* Registrano 平台<br>
* API<br>
* 系統架構<br>
* 網路售票平台面臨的挑戰</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">小型會議室<br>10:00 ~ 10:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Michael Su</div>
                          <div class="head">Passbook 應用分享：「pokPass 口袋卡片」行動熟客卡平台</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://speakerdeck.com/ecowork/ios-passbook-service-platform-pokpass-dot-com-digital-pass-publishing-service" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=w5lUswQXOCo" rel="external">錄影網址</a></div>
                          <p class="sessionType">前端議程</p>                          
                          <p>講者為益科總經理 (General Manager, Ecowork)，交通大學資訊管理研究所</p>
                          <p>演講大綱為：<br>＊pokPass 是什麼樣的平台？<br>
＊Passbook 技術簡介<br>
＊pokPass X Passbook 整合方式介紹<br>
＊底層服務平台技術介紹</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="row-fluid two-col">
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">海景會議廳<br>11:00 ~ 11:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Cervantes</div>
                          <div class="head">以 HTML 5 打造的新世代移動作業系統-Firefox OS</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://docs.google.com/open?id=0B4BVC6LphSYodlFWeUloa2F6MGM" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=pDfG9RkGzkE" rel="external">錄影網址</a></div>
                          <p class="sessionType">底層/開發工具議程</p>                          
                          <p>講者為 PTT 鄉民與阿宅一枚，現任 Mozilla Taiwan 軟體工程師，興趣是 Linux C/C++ 開發與除錯。</p>
                          <p>Firefox OS 是 Mozilla 基金會針對移動平台所打造的作業系統，其特色是基於自由、開放、標準的技術，並以 HTML 5 作為 App 開發的平台。</p>
                          <p>本議程將介紹 Firefox OS 中 Web App 以及所使用到的 Web API 是怎麼實作出來的，內容包括：</p>
<p>
•  Firefox OS 簡介<br>
•  Firefox OS 架構 - Gaia，Gecko，Gonk 層介紹<br>
•  Device APIs<br>
•  Web API 實做範例：Telephony/RIL<br>
• 如何參與開發、測試、搶先試用<br></p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">小型會議室<br>11:00 ~ 11:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Marty</div>
                          <div class="head">沒有銀彈也不用硬幹~開發行動App新體驗</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="http://www.ezoui.com/ppt/2012-10-27/index.html" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=jelx8hSUelA" rel="external">錄影網址</a></div>
                          <p class="sessionType">前端議程</p>
                          <p>講者為 EZoEngine OpenSource發起人，現職於中冠資訊</p>
                          <p>以技術面分享行動 App 實際開發中，在人員分工上所遭遇的困難，所以發展出一套 自訂標籤解譯、動態語法綁訂 這樣的技術，來解決上述問題。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中午休息、吃、睡</div>
              </div>
            </div>
            <div class="agenda-group off">
              <a class="agenda-title" href="#">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">海景會議廳<br>13:30 ~ 14:20</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">Hacker級贊助：中冠資訊</div>
                      <div class="head">快速開發行動 App 的利器</div>
                    </div>
                  </div>
                </div>
              </a>
              <div class="agenda-content">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      議程介紹
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="slide"><a href="https://docs.google.com/open?id=0B2o_vpv3pSiDdW44bXZRTU95MW8" rel="external">投影片網址</a></div>
                      <div class="slide"><a href="http://www.youtube.com/watch?v=lWYwTHpO9po" rel="external">錄影網址</a></div>
                      <p class="sessionType">底層/開發工具議程</p>                      
                      <p>講者為 EZo UIBuilder開發團隊核心技術人員，從事 Java 技術相關的應用開發之平民工程師。</p>
                      <p>隨著後PC時代的來臨，雲端運算的興起，行動App已逐漸從消費社群擴散到企業應用。</p>     <p>中冠資訊是由中鋼100%轉投資的子公司，歷經以Client-Server技術為主流的時代，一直到現在Web應用大行其道，行動裝置應用蓬勃發展。在此議程中，將分享如何讓企業快速開發行動App的應用，解決跨瀏覽器與不同行動裝置的開發需求，提高整體生產力。
</p>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="agenda-group off">
              <a class="agenda-title" href="#">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">海景會議廳<br>14:30 ~ 15:20</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">Jserv, Tix Lo</div>
                      <div class="head">iPhone 遊戲開發者經驗談：從開發工具到營運</div>
                    </div>
                  </div>
                </div>
              </a>
              <div class="agenda-content">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      議程介紹
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                          <div class="slide"><a href="https://docs.google.com/open?id=0B4BVC6LphSYoRTl2Tk1iZzUtYzA" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=nt4d_afsTQ0" rel="external">錄影網址</a></div>
                          <p class="sessionType">底層/開發工具議程、前端議程</p>
                          <p>Tix Lo 多年來投入手機系統程式的開發，離開 Sunplus 集團後，共同創立伊洛帕科技 (
http://www.erawppa.com/ )，致力於開發 iOS 以及 Android
上的遊戲、應用程式以及資訊科技相關服務，並已累積 Apple AppStore 多項熱門下載紀錄。
http://www.imobileappsoft.com/aboutme</p>
                          <p>Jim Huang (黃敬群)，慣用網路暱稱為 "jserv"，熱血工讀生。自 1999 年開始參與開放原始碼 / 自由軟體開發， 曾投入
Kaffe / GCJ (GCC for Java), 新酷音輸入法, LXDE, Linaro, Android Open Source
Project, Codezero 等 專案的發展工作。基於對電腦技術與自由軟體的熱愛，於 2009 年共同創立
0xlab，期許能透過開放發展模式， 拉近台灣硬體廠商與開放原始碼系統的距離，而又執著於自幹作業系統，於 2011 年起活躍於
JuluOSDev 系統開發者社群。2012 年春季，嘗試搬去台灣南部生活後，邀約同好在古色古香的府城，成立關注開放規格 / 開放原始碼
/ 開放硬體的社群活動 MOSUT (Meet Open Source Users in Tainan)。</p>
                          <p>本議程由一位實際投入兩年 iPhone 遊戲的開發者，第一手揭露幾十萬下載的遊戲背後的箇中創作考量，
從開發工具的選擇、使用，以及調整，進而探討實際上線時的種種議題。</p>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="row-fluid two-col">
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">海景會議廳<br>15:30 ~ 16:20</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">shakalaca</div>
                          <div class="head">老爹必備的奶瓶與鍵盤駕馭之道</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://docs.google.com/file/d/0B2d-OReULXokNUw2WjBJNWRwUmM/edit" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=KlnTKA76EFk" rel="external">錄影網址</a></div>
                          <p class="sessionType">前端議程</p> 
                          <p>講者由國防役開始在手機品牌廠 / ODM 廠做了 7 年死 RD， 後來莫名其妙就跟朋友合資開了間公司，妄想要做產品改善人類生活。同時也是摩卡兔團隊的 coding monkey，除了寫寫 app 還得當老闆的座騎。</p> <p>本議程分享某位新手爸爸在一個月內一手拿奶瓶餵小孩一手敲鍵盤寫程式參加比賽贏得尿布錢除了愛恨交織更是內牛滿面的故事。透過現成好用的 open source library，開發手機應用程式不必辛苦重新造輪，也不必苦苦等著使用者回報 debug，更可輕鬆加入付費機制突破天龍國的封鎖向鄉民收錢。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">小型會議室<br>15:30 ~ 16:20</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Ericpi</div>
                          <div class="head">網路服務從 K 到 M</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://docs.google.com/presentation/d/1vhaXPuy5b4Nk3s3cEvkQaSxUXS0y-cgDmjwB8wY0yr4/present" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=wlNY-Ohlyb0" rel="external">錄影網址</a></div>
                          <p class="sessionType">後端議程</p> 
                          <p>講者為 KKBOX 南部研發中心經理 / 前研發中心資深工程師。</p>
                          <p>探討網路服務量膨脹時，實務上碰到的問題與因應經驗。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group off">
              <a class="agenda-title" href="#">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">16:20 ~ 17:00</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">交流時間</div>
                      <div class="head"></div>
                    </div>
                  </div>
                </div>
              </a>
              <div class="agenda-content">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper"></div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <p>這是會後開放給與會者與所有講師的交流時間。</p>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>      
    <div class="agenda">
        <div class="border">
          <div class="line">
            <div class="row">
              <div class="span12">
                <hgroup>
                  <h2 class="wf wf-h2">
                    10/28 議程表
                  </h2>
                </hgroup>
              </div>
            </div>
            <div class="agenda-group">
              <div class="agenda-title">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">08:30 ~ 09:00</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">報到</div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="row-fluid two-col">
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">海景會議廳<br>09:00 ~ 09:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">XDite</div>
                          <div class="head">pjax : push-state + ajax</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://speakerdeck.com/xdite/turbolinks" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=-DCOoGP5BmE" rel="external">錄影網址</a></div>
                          <p class="sessionType">後端議程</p> 
                          <p>講者為中文世界最知名的 Rails Blogger / Developer。熱愛技術分享與網站開發。2007 年接觸 Rails 後不可自拔。全能、全棧型球員。獨立開發中小型項目或是組建團隊建構大型項目皆游刃自如。曾就職於台灣城邦集團、HTC ，擔任資深技術主管。現獨立開設軟體顧問公司 Rocodev創業中。並於今年與合作團隊一起奪下了臉書世界駭客程式大賽 (Facebook Developers World Hack) 的最大獎。</p>
                          <p>Turbolinks 是一個即將在 Rails 4 引入的新技術。架構與 pjax - pushState + Ajax 類似。本場講題將會簡介什麼是 pjax，pjax 的概念以及沿革、html5 pushState。Rails ecoystem 如何做到 ultimate fast by default。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">小型會議室<br>09:00 ~ 09:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Sam Ding</div>
                          <div class="head">敏捷開發行動社群服務架構經驗談</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <!-- <div class="slide"><a href="" rel="external">投影片網址</a></div> -->
                          <div class="slide"><a href="http://www.youtube.com/watch?v=JCKw7AUvlcQ" rel="external">錄影網址</a></div>
                          <p class="sessionType">底層/開發工具議程</p>                          
                          <p>講者 2009 年開始從事系統軟體的研究，經過兩年的研發，於 2011 年完成 PQEMU (多核心系統平行模擬器) 與 ARMVisor (基於ARMv6處理器的虛擬化核心)。有感台灣校園內缺乏創新與創作的風氣，在 2011年10月創立 AppUniverz，立志打造校園內最棒的軟體創作與創業環境，未來將關注行動軟體與社會企業的發展，運用軟體技術解決社會問題。</p>
                          <p>議程會闡述行動社群服務架構，以及如何運用資源敏捷開發來親自動手打造一個服務</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="row-fluid two-col">
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">海景會議廳<br>10:00 ~ 10:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">BlueT</div>
                          <div class="head">家後、小三，攜手並進、美夢成真</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <!-- <div class="slide"><a href="" rel="external">投影片網址</a></div> -->
                          <div class="slide"><a href="http://www.youtube.com/watch?v=AK1pY2efkiU" rel="external">錄影網址</a></div>
                          <p class="sessionType">後端議程</p> 
                          <p></p>
                          <p>分享從傳統機房式網路服務架構轉向雲端時的改變，以及自身在建立第三方服務時的經歷與掙扎、規劃。
分享一個以此第三方 LBS 服務建制的 FPS 遊戲，最後當然有 LiveDemo。</p>
                          <p>講者目前為意門科技 黑手工頭（CTO）、Ubuntu-TW 水電工頭（Founder/Leader）以及國立暨南大學資管系講師。曾多年在 HITCON Wargame 得名，也活躍在 COSCUP、OSDC、KaLUG (since 1998)。熱愛 Perl / Linux / OpenSource。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">小型會議室<br>10:00 ~ 10:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Mikimoto</div>
                          <div class="head">Kiss your wallet goodbye - 談 Passbook 的實作與應用</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://speakerdeck.com/mikimoto/kiss-your-wallet-goodbye" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=9vymHKYkfQ8" rel="external">錄影網址</a></div>
                          <p class="sessionType">前端議程</p> 
                          <p>講者為 Mobilogics 總工程師，同時也是 MOPCON 發起人、CocoaHeads Kaohsiung Chapter、Code for Kaohsiung 發起人，「Making a difference. One app at a time.」現在正為了下一代致力於改變世界中。</p>
                          <p>Passbook 是 Apple 在 iOS 6 上新推出的應用，一般人常拿它來跟 NFC 比較，不過這樣的比較並不恰當，在這個議程中我們會帶您從工程觀點來瞭解 Passbook 的經濟體系，以及深入的介紹 Passbook 的實作與範例。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="row-fluid two-col">
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">海景會議廳<br>11:00 ~ 11:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">gslin</div>
                          <div class="head">行動網路上 API 設計準則</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://speakerdeck.com/gslin/api-design-optimized-for-mobile-platform" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=oanOaTFCl60" rel="external">錄影網址</a></div>
                          <p class="sessionType">後端議程</p> 
                          <p>講者為 KKBOX 平台技術首席工程師。</p>
                          <p>探討如何針對行動網路的特性，設計出適合同時使用於桌面環境與行動環境的 API。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">小型會議室<br>11:00 ~ 11:50</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Yuren Ju</div>
                          <div class="head">別再手刻 APIs Client 了 - 使用 Google APIs Client for Android</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="http://yurinfore.blogspot.tw/2012/10/using-google-apis-client-for-android.html" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=gJAN-qHFhwE" rel="external">錄影網址</a></div>
                          <p class="sessionType">前端議程</p>
                          <p>講者參與台灣開放源碼社群多年，喜歡跟技術的同好聊天，開發專案。也希望能夠有朝一日可以透過自己的能力改變世界。</p>
                          <p>在 Android 上自己刻 APIs 的歲月結束了！Google 釋出的 APIs Client 在去年正式的提供 Beta 版本，意味著我們多了一種官方提供的途徑解決幾乎每個網路相關 app 都需要撰寫的功能。官方出的 Client 究竟有什麼好用的地方，就讓我們繼續看下去。</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中午休息、吃、睡</div>
              </div>
            </div>
            <div class="agenda-group off">
              <a class="agenda-title" href="#">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">海景會議廳<br>13:30 ~ 14:20</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">Hacker級贊助商：杏昕科技</div>
                      <div class="head">Mobile devices encounter Bio server</div>
                    </div>
                  </div>
                </div>
              </a>
              <div class="agenda-content">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      議程介紹
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="slide"><a href="https://docs.google.com/open?id=0B4BVC6LphSYoT2tIdkZ6Y2VWY1k" rel="external">投影片網址</a></div>
                      <div class="slide"><a href="http://www.youtube.com/watch?v=J9wUkzb2zXU" rel="external">錄影網址</a></div>
                      <p>本議程分為下面幾項重點：
                      1. What is matter with medical device and signal with me.
                      2. Why I need to monitor my heart?
                      3. When I encounter Bio cloud....
                      4. Mobile device rules</p>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="row-fluid two-col">
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">海景會議廳<br>14:30 ~ 15:20</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">sleepnova</div>
                          <div class="head">台灣沒有雲端，而且APP市場就要完蛋了</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://docs.google.com/presentation/pub?id=1ww6VZl_sFpQ_uBBJivwNNfN8U4ItJj6kTNNorGLzTss&start=false&loop=false&delayms=3000" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=F2JLmCT4D-s" rel="external">錄影網址</a></div>
                          <p class="sessionType">前端議程</p> 
                          <p>台灣雲端應用現況與APP接案甘苦談</p>
                          <p>講者為頑皮工坊 Sleepnova, Inc. 創辦人</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="span6">
                <div class="agenda-group off">
                  <a class="agenda-title" href="#">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          <div class="time">小型會議室<br>14:30 ~ 15:20</div>
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="name">Caesar Chi</div>
                          <div class="head">服務永駐，雲端萬歲</div>
                        </div>
                      </div>
                    </div>
                  </a>
                  <div class="agenda-content">
                    <div class="row-fluid">
                      <div class="span2">
                        <div class="text-wrapper">
                          議程介紹
                        </div>
                      </div>
                      <div class="span10">
                        <div class="text-wrapper">
                          <div class="slide"><a href="https://docs.google.com/open?id=0B4BVC6LphSYoUFRQeWNLT3dBSHM" rel="external">投影片網址</a></div>
                          <div class="slide"><a href="http://www.youtube.com/watch?v=vSN9SNwSuxE" rel="external">錄影網址</a></div>
                          <p class="sessionType">後端議程</p> 
                          <p>講者為人善也，待人親也，南部鄉親是也。敝人一介攻城師，好腳本語言，推廣腳本語言編程，盼跟隨眾賢腳步，邁向康莊大道。</p>
                          <p>隨著時代的進步，很多事情可以自己做，但是不一定要自己來。很多事情要自己掌控，最慘的就是失控。網站應用服務越來越多，需求越來越龐大，技術幅度也越來越廣。『雲端』到底能夠為開發者做到什麼？做到哪些事情？就讓我們繼續看下去...</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group rest">
              <div class="agenda-title">
                <div class="name">中場休息</div>
              </div>
            </div>
            <div class="agenda-group off">
              <a class="agenda-title" href="#">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">海景會議廳<br>15:30 ~ 16:20</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">Lightening talk & 閉幕</div>
                      <div class="head">開放現場報名</div>
                    </div>
                  </div>
                </div>
              </a>
              <div class="agenda-content">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      議程介紹
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="slide">投影片網址：
                        <ol>
                          <li><a href="https://docs.google.com/open?id=0B4BVC6LphSYoT0VKZXNxUWpaajQ" rel="external">DOFI - App 3.0 and MVC</a>
                          <li><a href="https://docs.google.com/open?id=0B4BVC6LphSYoZjJEM1ZxTENrMTg" rel="external">RJ - URP1210 promote</a>
                          <li>D-Eye - 手寫注音 <!-- <a href="" rel="external"></a> -->
                          <li><a href="https://docs.google.com/open?id=0B4BVC6LphSYoVDFySVVjTXFnU0E" rel="external">Wayne Liu - App行銷經驗談</a>
                          <li><a href="https://speakerdeck.com/hlb/fire-dot-app-in-5-minutes-lightning-talk" rel="external">hlb - Fire.app</a>
                          <li><a href="http://www.slideshare.net/toomore/mopcon-lightning-talk-14919783" rel="external">Toomore - 用照片說故事 - 影像紀錄區</a>
                          <li>Irvin - Thunderbird上irc | <a href="http://blog.bobchao.net/2012/09/thunderbird-mozilla.html" rel="external">參考連結1</a> | <a href="https://support.mozillamessaging.com/zh-TW/kb/instant-messaging-and-chat" rel="external">參考連結2</a>
                          <li><a href="https://docs.google.com/open?id=0B4BVC6LphSYoX3pmZURpWEZkY1k" rel="external">宅勳 - App Store與Indie Game Dev. </a>
                          <li>Lavey - Startup Digest <!-- <a href="" rel="external"></a> -->
                          <li><a href="https://docs.google.com/presentation/d/1k7jnNw-6Sw2_JRZ0coFSBZ3WKX9XFs43TMBut27VopQ/edit#slide=id.p" rel="external">legist強&Bob - (可能不叫做)COSCCO研討會</a>
                          <li><a href="https://docs.google.com/open?id=0B4BVC6LphSYodzZHdTJpSnZ5LWs" rel="external">CQD - Open Sourceded commerical Games</a>
                          <li><a href="https://docs.google.com/open?id=0B4BVC6LphSYoQnJjWnROODNBbTg" rel="external">Caesar Chi - Node KO talk</a>
                        </ol>
                      </div>
                      <div class="slide"><a href="http://www.youtube.com/watch?v=UvLyzye4kfM" rel="external">錄影網址</a></div>
                      <p>Lightening Talk 也就是一般通稱的「閃電講」，遊戲規則是每個報名上台的人擁有 5 min 在台上自由發揮的時間，時間一到就必須下台，因為演講的內容必須壓縮在很短的時間內，所以特別有趣且吸引人，常常會有神來之作。
                      本活動自第一天開始就開放現場報名，額滿為止，請儘速報名以免向隅。</p>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="agenda-group off">
              <a class="agenda-title" href="#">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper">
                      <div class="time">16:20 ~ 17:00</div>
                    </div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <div class="name">交流時間</div>
                      <div class="head"></div>
                    </div>
                  </div>
                </div>
              </a>
              <div class="agenda-content">
                <div class="row-fluid">
                  <div class="span2">
                    <div class="text-wrapper"></div>
                  </div>
                  <div class="span10">
                    <div class="text-wrapper">
                      <p>這是會後開放給與會者與所有講師的交流時間。</p>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>      
      
  </div>
    <?php include_once("footer.html");?>
  </body>
</html>
