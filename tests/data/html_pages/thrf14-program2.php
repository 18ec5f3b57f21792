<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta name="description" content="">
    <meta name="author" content="">
    <title>THRF14</title>
    <!-- Bootstrap core CSS -->
    <link href="vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <!-- Custom fonts for this template -->
    <link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/font-awesome/4.5.0/css/font-awesome.min.css">
    <link href="vendor/fontawesome-free/css/all.min.css" rel="stylesheet" type="text/css">
    <link href="https://fonts.googleapis.com/css?family=Montserrat:400,700" rel="stylesheet" type="text/css">
    <link href='https://fonts.googleapis.com/css?family=Kaushan+Script' rel='stylesheet' type='text/css'>
    <link href='https://fonts.googleapis.com/css?family=Droid+Serif:400,700,400italic,700italic' rel='stylesheet'
        type='text/css'>
    <link href='https://fonts.googleapis.com/css?family=Roboto+Slab:400,100,300,700' rel='stylesheet' type='text/css'>
    <!-- Custom styles for this template -->
    <link href="css/agency.css" rel="stylesheet">
    <link href="css/style.css" rel="stylesheet">
    <style>
        @media (min-width: 992px) {
            section {
                /* padding: 120px 0 !important;  */
                margin-top: 50px;
                margin-bottom: -100px;
            }
        }

        @media (min-width: 320px) and (max-width: 480px) {
            section {
                padding: 80px 0 !important;
            }
        }

        .bg-2nd {
            background-color: #FEF5E7;
        }
    </style>
</head>

<body id="page-top">
    <a id="button"></a>
    <?php include "navbar.html"; ?>
    <!-- Team -->
    <section class="bg-light" style="padding-bottom: 100px;">
        <div class="container">
            <div class="row">
                <div class="col-lg-12 text-center mb-3">
                    <h3 class="section-heading text-uppercase">กำหนดการ</h3>
                    <h3 class="section-heading">โครงการจัดประชุมวิชาการระดับชาติ เวทีวิจัยมนุษยศาสตร์ไทย ครั้งที่ 14
                    </h3>
                    <h3 class="section-heading">หัวข้อ iHumanities: เทคโนโลยี สุขภาพ และชีวิต</h3>
                    <h4 class="section-heading">ระหว่างวันที่ 8-9 กันยายน 2563 ณ คณะสังคมศาสตร์และมนุษยศาสตร์
                        มหาวิทยาลัยมหิดล</h4>
                    <!-- <h6 class="section-heading text-muted">(กำหนดการอาจมีการเปลี่ยนแปลงตามความเหมาะสม วิทยากรอยู่ในระหว่างการติดต่อทาบทาม)</h6> -->
                    <div class="col-lg-6 text-center mb-3 mx-auto">
                        <a href="img/thrf14_schedule_update.pdf" class="btn center btn-regis mb-3" target="_blank">
                            <i class="fas fa-user"></i> Download กำหนดการ </a>
                    </div>
                </div>
            </div>
            <!-- day 1 -->
            <div class="row col-md-12 mark mb-2">
                <h5 class="section-heading pt-2 mx-auto">วันอังคารที่ 8 กันยายน 2563</h5>
            </div>
            <div class="row col-md-12">
                <div class="col-md-3  text-center">
                    <h6>08.00 - 08.30 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>ลงทะเบียน</h6>
                </div>
            </div>
            <div class="row col-md-12  pt-2" style="background-color: #d6c8bc">
                <div class="col-md-3 text-center">
                    <h6>08.30 - 09.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>กล่าวรายงาน โดย คณบดี คณะสังคมศาสตร์และมนุษยศาสตร์</br>
                        กล่าวต้อนรับ โดย อธิการบดีมหาวิทยาลัยมหิดล</br>
                        กล่าวเปิดงาน โดย ผู้อำนวยการ วช. และผู้แทนจาก สกสว. </br>
                    </h6>
                </div>
            </div>
            <div class="row col-md-12 pt-2 ">
                <div class="col-md-3  text-center">
                    <h6>09.00 – 10.30 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>ปาฐกถานำ Humanities, Science and Technology: An Inevitable Crossroads<br>
                        By Prof. Dr. Ainin Binti Sulaiman, University of Malaya <br>
                        ผู้ดำเนินรายการ <br>
                        ผู้ช่วยศาสตราจารย์
                        ดร.มรกต ไมยเออร์ สถาบันวิจัยภาษาและวัฒนธรรมเอเชีย มหาวิทยาลัยมหิดล
                    </h6>
                </div>
            </div>
            <div class="row col-md-12  pt-2" style="background-color: #d6c8bc">
                <div class="col-md-3 text-center">
                    <h6>10.30 – 12.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>เสวนากลุ่ม หัวข้อ “มนุษยศาสตร์ การแพทย์และสุขภาพ: ประเด็นท้าทาย” <br>
                        โดย <br>
                        <ul>
                            <li>ศ.นพ. อร่าม โรจนสกุล คณะแพทยศาสตร์ โรงพยาบาลรามาธิบดี</li>
                            <li>ศ.ดร. ชื่นฤทัย กาญจนะจิตรา สถาบันวิจัยประชากรและสังคม มหาวิทยาลัยมหิดล</li>
                            <li>ผศ.ดร. ภาวิกา ศรีรัตนบัลล์ คณะรัฐศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย</li>
                        </ul>
                        ผู้ดำเนินรายการ <br>
                        อาจารย์ ดร.ปิยณัฐ ประถมวงษ์ คณะสังคมศาสตร์และมนุษยศาสตร์ มหาวิทยาลัยมหิดล
                    </h6>
                </div>
            </div>
            <div class="row col-md-12">
                <div class="col-md-3  text-center">
                    <h6>12.00 – 13.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>รับประทานอาหารกลางวัน</h6>
                </div>
            </div>
            <div class="row col-md-12  pt-2 mb-4" style="background-color: #d6c8bc">
                <div class="col-md-3 text-center">
                    <h6>13.00 – 17.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <div class="panel panel-default">
                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 1 เกมออนไลน์ สื่อสังคมและแอปพลิเคชั่น (ห้อง 412)<br>
                                ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>อิทธิพลของอุตสาหกรรมธุรกิจเกมต่อชุดประสบการณ์การเล่นเกมส์และความทุกข์ทางสังคมของนักกีฬาอีสปอร์ต
                                    </h6>
                                    โดย พงศ์ธร ผลพัฒนาสกุลชัย
                                </li>
                                <li>
                                    <h6>วัฒนธรรมกลิตช์: จากความผิดพลาดทางเทคโนโลยีสู่วัฒนธรรมของการรบกวน</h6>
                                    โดย อรรถพล ปะมะโข
                                </li>
                                <li>
                                    <h6>ผลของทิศทางอารมณ์ของสารต่อความดึงดูดใจระหว่างบุคคลในการสร้างความสัมพันธ์แบบคนรู้จักผ่านแอปพลิเคชันไลน์
                                    </h6>
                                    โดย กาญจนา สุภาพงษ์, ธันยพร ศิริอริยพร และ ภัคนันท์ จิตต์ธรรม
                                </li>
                                <li>
                                    <h6>สื่อสังคม ทุนนิยมสอดส่องและเครื่องมือทางการเมือง: มุมมองในทางรัฐศาสตร์</h6>
                                    โดย สัพพัญญู วงศ์ชัย
                                </li>
                                <li>
                                    <h6>การเมืองเรื่องร่างกายและการสร้างภาพตัวแทนวัยรุ่นสก๊อยออนไลน์</h6>
                                    โดย ณัฐมน สะเภาคำ
                                </li>
                            </ul>
                        </div>
                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 2 อัตลักษณ์ สังคมและวัฒนธรรม (ห้อง 413)<br>
                                ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>ภาพสะท้อนอัตลักษณ์ถิ่นใต้ในสังคมพหุวัฒนธรรมจากสตรีทอาร์ตสู่คิวอาร์โค้ด:
                                        กรณีศึกษาย่านเมืองเก่าสงขลา</h6>
                                    โดย ปนัดดา ศิริพานิช
                                </li>
                                <li>
                                    <h6>“‘ชา’ ของป้า ไม่เหมือน ‘ชา’ ของหมอ”
                                        ข้อค้นพบในกระบวนการดึงศัพท์เพื่อจัดทำประมวลศัพท์กลุ่มอาการ Office Syndrome
                                        ตามหลักศัพทวิทยา</h6>
                                    โดย สิริลักษณ์ หุ่นศรีงาม ผลพานิช และ สกลกานต์ อินทร์ไทร
                                </li>
                                <li>
                                    <h6>การศึกษาอัตลักษณ์ประเกือมเงินกับประเพณีส่งเสริมการท่องเที่ยวของจังหวัดสุรินทร์
                                    </h6>
                                    โดย ยโสธารา ศิริภาประภากร, สุริยา คลังฤทธิ์, สุพัตรา วะยะลุน และ ฐิติมา มีช้าง
                                </li>
                                <li>
                                    <h6>การศึกษาต้นทุนทางวัฒนธรรมของชุมชนเพื่อพัฒนาการท่องเที่ยวแบบยั่งยืนโดยชุมชน
                                        กรณีศึกษาบริเวณริมแม่น้ำเจ้าพระยาด้านทิศตะวันออกของกรุงเทพมหานครแถบพื้นที่เจริญกรุง
                                    </h6>
                                    โดย ชาดา เตรียมวิทยา
                                </li>
                                <li>
                                    <h6>ตำนานทิ้งคนแก่ในเรื่องเล่าญี่ปุ่น: บทบาทของตำนานที่มีต่อสังคม</h6>
                                    โดย อรรถยา สุวรรณระดา
                                </li>
                                <li>
                                    <h6>นันทวันภาพยนตร์กับพื้นที่ทางสังคมของแรงงานอพยพอีสานในยุคดิจิทัล</h6>
                                    โดย จิตติ เอื้อนรการกิจ
                                </li>
                            </ul>
                        </div>
                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 3 บทบาทรัฐและพลเมือง (ห้อง 414)<br>
                                ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>ศึกษาเปรียบเทียบกลไกการใช้อำนาจของฝ่ายบริหารในกลุ่มประเทศที่ประสบผลสำเร็จในการควบคุมราคายา
                                    </h6>
                                    <h7>โดย ช้องนาง วิพุธานุพงษ์, สินีนาฏ กริชชาญชัย, พิทยา ไชยมหาพฤกษ์, สุรีย์ฉาย
                                        พลวัน,และ สุภัสสร ภู่เจริญศิลป์</h7>
                                </li>
                                <li>
                                    <h6>เมลิออยโดสิส: โรคเขตร้อนที่ถูกละเลยกับภาพสะท้อนความเหลื่อมล้ำทางสังคม</h6>
                                    โดย อัจฉรา ยะราไสย
                                </li>
                                <li>
                                    <h6>รัฐกับบทบาททางเทคโนโลยี และความท้าทายทางสิทธิมนุษยชน</h6>
                                    โดย อำนาจ มงคลสืบสกุล
                                </li>
                                <li>
                                    <h6>กลยุทธ์การสื่อสารขององค์กรผ่านกิจกรรมเพื่อแสดงความรับผิดชอบต่อสังคมในประเทศไทย
                                    </h6>
                                    โดย เนตรชนก พฤกษชาติ
                                </li>
                                <li>
                                    <h6>พื้นที่พักพิงชั่วคราวกับความมั่นคงของชาติ</h6>
                                    โดย บันดาล บัวแดง
                                </li>
                                <li>
                                    <h6>ชาวบ้านผู้ตื่นตัว ชาวนาการเมือง และผู้ประกอบการทางการเมือง</h6>
                                    โดย ชัยพงษ์ สำเนียง
                                </li>
                            </ul>
                        </div>
                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 4 Learning Challenges from Experiences in Southeast Asia and Japan (ห้อง 415)
                                <br>
                                    ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>A Design Prototype of International Student Application System in Japaneses
                                        Universities</h6>
                                    By Reiko Sato and Panchit Longpradit
                                </li>
                                <li>
                                    <h6>The Effect of Motivation on Professional Development of Teachers in Mindat
                                        Township, Chin State, Myanmar</h6>
                                    By YU Mon Kyaw
                                </li>
                                <li>
                                    <h6>Effects of Workplace Learning on Young Teachers’ Professional Identity in Henan
                                        Province, China</h6>
                                    By Zhijuan He and Poschanan Niramitchainont
                                </li>
                                <li>
                                    <h6>Online Waisak: Celebration on the Conflicts of Indonesian Buddhists</h6>
                                    By Jesada Buaban
                                </li>
                                <li>
                                    <h6>The Face Men Thailand: Representations of Modern Thai Identity on Reality
                                        Television</h6>
                                    By Kwanchanok Jaisuekun
                                </li>
                                <li>
                                    <h6>Migration and Affective Labour in Zadie Smith’s “The Embassy of Cambodia” and
                                        Haresh Sharma’s Model Citizens</h6>
                                    By Nanthanoot Udomlamun
                                </li>
                            </ul>
                        </div>
                    </div>

                </div>
            </div>

            <!-- day 2 -->
            <div class="row col-md-12 mark mb-2">
                <h5 class="section-heading pt-2 mx-auto">วันพุธที่ 9 กันยายน 2563</h5>
            </div>
            <div class="row col-md-12">
                <div class="col-md-3  text-center">
                    <h6>09.00 – 10.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>ปาฐกถานำ หัวข้อ “การศึกษายุคดิจิทัล”</h6>
                    <br>รองศาสตราจารย์ ยืน ภู่วรวรรณ ที่ปรึกษาและผู้ทรงคุณวุฒิพิเศษ มหาวิทยาลัยเกษตรศาสตร์
                    ผู้ดำเนินรายการ อาจารย์ดร.ปกป้อง ส่องเมือง ภาควิชาวิทยาการคอมพิวเตอร์ มหาวิทยาลัยธรรมศาสตร์
                </div>
            </div>
            <div class="row col-md-12  pt-2" style="background-color: #d6c8bc">
                <div class="col-md-3 text-center">
                    <h6>10.00 – 12.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>เสวนาหัวข้อ “เทคโนโลยี ศิลปะและวัฒนธรรม ก้าวหน้าหรือถอยหลัง”</h6>
                    <ul>
                        <li>รองศาสตราจารย์ ดร.วรพันธ์ คู่สกุลนิรันดร์ คณะเทคโนโลยีสารสนเทศและการสื่อสาร มหาวิทยาลัยมหิดล
                        </li>
                        <li>อาทิตย์ สุริยะวงศ์กุล มูลนิธิเพื่ออินเทอร์เน็ตและวัฒนธรรมพลเมือง และ
                            สถาบันการมองอนาคตนวัตกรรม สำนักงานวัตกรรมแห่งชาติ (องค์การมหาชน)</li>
                        <li>ธวัชชัย แสงธรรมชัย คณะทำงานโพธิเธียเตอร์</li>
                    </ul>
                    ผู้ดำเนินรายการ <br>ผู้ช่วยศาสตราจารย์ ดร.วิกานดา พรหมขุนทอง สถาบันวิจัยภาษาและวัฒนธรรมเอเชีย
                    มหาวิทยาลัยมหิดล

                </div>
            </div>
            <div class="row col-md-12  pt-2">
                <div class="col-md-3  text-center">
                    <h6>12.00 – 13.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>พักรับประทานอาหารกลางวัน</h6>
                </div>
            </div>
            <div class="row col-md-12  pt-2" style="background-color: #d6c8bc">
                <div class="col-md-3 text-center">
                    <h6>13.00 - 15.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <div class="panel panel-default">

                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 1 จริยธรรม ปัญญาประดิษฐ์ การดูแลชีวิต (ห้อง 412)<br>
                                ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>หมากล้อม, รถไฟ, รถไร้คนขับ, และปัญหาทางจริยธรรมของมนุษย์ที่ AI คิดแทนไม่ได้</h6>
                                    โดย เหมือนมาด มุกข์ประดิษฐ์
                                </li>
                                <li>
                                    <h6>ความสัมพันธ์ระหว่างสุญญนิยมกับเทคโนโลยี: สังคมออนไลน์ การเมือง และอนาคต</h6>
                                    โดย ชุติเดช เมธีชุติกุล
                                </li>
                                <li>
                                    <h6>พุทธวิธีการสื่อสารเพื่อสันติ: วิธีการสื่อสารเพื่อลดการใช้ประทุษวาจาในสังคม</h6>
                                    โดย พระปลัดระพิน พุทธิสาโร ด้วงลอย
                                </li>
                                <li>
                                    <h6>ปัญญาประดิษฐ์กับการดูแลผู้สูงอายุ</h6>
                                    โดย ปิยชัย นาคอ่อน
                                </li>
                                <li>
                                    <h6>เทคโนโลยี การดูแลสุขภาพ กับสังคมผู้สูงอายุ</h6>
                                    โดย ธีรวัจน์ อุดมสินเจริญกิจ
                                </li>
                            </ul>
                        </div>
                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 2 โควิด สื่อสังคม อุปลักษณ์การเยียวยา (ห้อง 413)<br>
                                ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>บทบาทของอินเทอร์เน็ต เทคโนโลยีดิจิทัล และสื่อสังคมในช่วงการแพร่ระบาด
                                        ของไวรัสโคโรน่าสายพันธุ์ใหม่ (โควิด-19)</h6>
                                    โดย ศรัณย์ธร บุญพิทักษ์, บุญญสิตา บุษปะเกศ, ชลิต เฉียบพิมาย และ เฉลิมเกียรติ
                                    เฟื่องแก้ว
                                </li>
                                <li>
                                    <h6>ผลกระทบของไวรัสโคโรน่าสายพันธุ์ใหม่ 2019: แนวทางและการปฏิบัติ</h6>
                                    โดย รวี เรืองศรี
                                </li>
                                <li>
                                    <h6>การศึกษาการ์ตูนล้อเลียนในหนังสือพิมพ์เวียดนาม: สถานการณ์ไวรัสโคโรนา โควิด 19
                                    </h6>
                                    โดย รุจิวรรณ เหล่าไพโรจน์
                                </li>
                                <li>
                                    <h6>มโนอุปลักษณ์กับการปรับเปลี่ยนมุมมองต่อโรคโควิด-19:
                                        การวิเคราะห์ภาพในสื่อสังคมออนไลน์</h6>
                                    โดย นฤมล จิรพนากร
                                </li>
                                <li>
                                    <h6>สุนทรียะแห่งการบำบัดรักษา: อุปลักษณ์เชิงพิธีกรรมในผลงานศิลปะของโจเซฟ บอยส์
                                        กับมณเฑียร บุญมา</h6>
                                    โดย วรเทพ อรรคบุตร
                                </li>
                            </ul>
                        </div>
                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 3 เพศสภาพ แพทยสภาพ ประวัติศาสตร์ไทย (ห้อง 414)<br>
                                ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>ระบบเขตแดนรัฐจารีตของสยาม</h6>
                                    โดย ฐนพงศ์ ลือขจรชัย
                                </li>
                                <li>
                                    <h6>“ฉันอยากเป็นทันตแพทย์”:จอมพล ป. พิบูลสงครามกับการเรียนการสอนด้านทันตกรรม ทศวรรษ
                                        2480-2490</h6>
                                    โดย ปรีดาภรณ์ เอี่ยมแจ๋
                                </li>
                                <li>
                                    <h6>ประวัติศาสตร์เพศสภาพกับการเผยแผ่คริสตศาสนาของมิชชันนารีสตรีอเมริกันเพรสไบทีเรียนในสยาม
                                    </h6>
                                    โดย วรธิภา สัตยานุศักดิ์กุล
                                </li>
                                <li>
                                    <h6>“ชีวิตครอบครัว”: ประวัติศาสตร์อารมณ์ความรู้สึกของชนชั้นกลางไทย ช่วงทศวรรษ
                                        2520-2530</h6>
                                    โดย ณัฏฐพงษ์ สกุลเลี่ยว และสายชล สัตยานุรักษ์
                                </li>
                                <li>
                                    <h6>เทคโนโลยี การดูแลสุขภาพ กับสังคมผู้สูงอายุ</h6>
                                    โดย ธีรวัจน์ อุดมสินเจริญกิจ
                                </li>
                            </ul>
                        </div>
                        <div class="row border border-dark p-2 mb-2 rounded">
                            <h6>ห้องที่ 4 พลเมือง การเรียนรู้ การบริหารการศึกษา (ห้อง 415)<br>
                                ผู้นำถก</h6>
                            <ul>
                                <li>
                                    <h6>นิเวศจิตตปัญญา: ประสบการณ์การเรียนรู้มิติภายในจากธรรมชาติ</h6>
                                    โดย ฐนพงศ์ ลือขจรชัย
                                </li>
                                <li>
                                    <h6>กระบวนการชาตินิยมพลเมือง:
                                        มโนทัศน์การศึกษาเพื่อความหลากหลายทางวัฒนธรรมที่ปรากฏในหลักสูตรพลเมืองศึกษาไทยและสิงคโปร์
                                    </h6>
                                    โดย ชรินทร์ มั่งคั่ง และอรสิริพิมพ์ บริหารธนโชติ
                                </li>
                                <li>
                                    <h6>โมดูลการบริหารงานระบบดูแลช่วยเหลือนักเรียนของโรงเรียนในพระราชูปถัมภ์ของสมเด็จพระบรมโอรสาธิราชฯ
                                        สยามมกุฎราชกุมาร</h6>
                                    โดย ณัฐริน เจริญเกียรติบวร และประเสริฐ อินทร์รักษ์
                                </li>
                                <li>
                                    <h6>Assessing English for Communication Program at Rajamangala University of
                                        Technology Srivijaya</h6>
                                    By Vikrom Chantarangkul
                                </li>
                                <li>
                                    <h6>Common Practices in Leadership Education: A Systematic Review</h6>
                                    By Supakit Boonanegpat
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </div>
            <div class="row col-md-12 pt-2">
                <div class="col-md-3  text-center">
                    <h6>15.00 - 16.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>เทคโนโลยีกับการส่งเสริมโอกาสและศักยภาพคนพิการ</h6>
                    โดย คุณกฤษณะ ละไล ผู้สื่อข่าวและพิธีกรเนชั่นและไทยทีวีสีช่อง 3<br>
                    ผู้ดำเนินรายการ ผู้ช่วยศาสตราจารย์ ดร.กนกวรรณ ธราวรรณ สถาบันวิจัยประชากรและสังคม มหาวิทยาลัยมหิดล
                </div>
            </div>
            <div class="row col-md-12  pt-2 " style="background-color: #d6c8bc">
                <div class="col-md-3 text-center">
                    <h6>16.00 - 16.30 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>โรค-ศิลป์: ชีวิต เทคโนโลยี วัฒนธรรม และสุขภาพ</h6>
                    โดย นพ.โกมาตร จึงเสถียรทรัพย์ ผู้อำนวยการศูนย์มานุษยวิทยาสิรินธร <br>
                    ผู้ดำเนินรายการ ผู้ช่วยศาสตราจารย์ ดร.กนกวรรณ ธราวรรณ สถาบันวิจัยประชากรและสังคม มหาวิทยาลัยมหิดล
                </div>
            </div>
            <div class="row col-md-12  pt-2 mb-4">
                <div class="col-md-3  text-center">
                    <h6>16.30 - 17.00 น.</h6>
                </div>
                <div class="col-md-9">
                    <h6>กล่าวปิดการประชุม </h6>
                    โดย คณบดี คณะสังคมศาสตร์และมนุษยศาสตร์ มหาวิทยาลัยมหิดล
                </div>
            </div>
        </div>
    </section>
    <!-- Footer -->
    <?php include "footer.html"; ?>
    <script src="vendor/jquery/jquery.min.js"></script>
    <script src="vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
    <!-- Plugin JavaScript -->
    <script src="vendor/jquery-easing/jquery.easing.min.js"></script>
    <script src="js/agency.min.js"></script>
    <script src="js/top_page.js"></script>
</body>

</html>