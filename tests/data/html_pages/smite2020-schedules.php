<section class="page-header page-header-modern bg-color-dark page-header-sm custom-page-header">
    <div class="container container">
        <div class="row mt-3">
            <div class="col-md-8 order-2 order-md-1 align-self-center p-static">
                <h1>Jadwal</h1>
            </div>
            <div class="col-md-4 order-1 order-md-2 align-self-center">
                <ul class="breadcrumb d-block text-md-right breadcrumb-light">
                    <li><a href="<?=base_url('site/schedules');?>">Beranda</a></li>
                    <li class="active">Jadwal</li>
                </ul>
            </div>
        </div>
    </div>
</section>

<section id="schedule" class="bg-color-light pb-4">
    <div class="container pt-4 pb-4 mt-4">
        <div class="row pt-2 pb-4">
            <div class="col">
                <h3 class="text-color-dark text-uppercase font-weight-bold text-center mb-1">Jadwal Simposium</h3>
                <!-- <p class="custom-font-size-1 text-center mb-2">Porto Event Agenda</p> -->
            </div>
        </div>
        <div class="row">
            <div class="col-sm-12 col-lg-12">
                <table class="table table-bordered mb-5">
                 <tr>
                     <td class="info text-center" colspan="5"><b>SABTU, 14 NOVEMBER 2020</b></td>
                 </tr>
                 <tr>
                     <td class="primary text-center"><b>Time</b></td>
                     <td class="success text-center">Room I</td>
                     <td class="warning text-center text-color-dark">Room II</td>
                     <td style="background-color:#A05EA0FF;" class="text-center text-color-light">Room III</td>
                     <td style="background-color:#C89836FF;" class="text-center text-color-light">Room IV</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.00-08.15</td>
                     <td class="text-center" colspan="4">Pembukaan oleh Moderator</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.15-08.20</td>
                     <td class="text-center" colspan="4">Sambutan OC</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.20-08.35</td>
                     <td class="text-center" colspan="4">Sambutan Ketua Umum Perdossi dan Pembukaan</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.40-09.50</td>
                     <td class="text-center" colspan="4">MATERI OLEH SATGAS COVID-19/PLENARY LECTURE 1</td>
                 </tr>
                 <tr>
                     <td class="text-center">09-55-11.05</td>
                     <td class="text-center"><b>Sympo Paralel 1A</b></td>
                     <td class="text-center"><b>Sympo Paralel 1B</b></td>
                     <td class="text-center"><b>Sympo Paralel 1C</b></td>
                     <td class="text-center"><b>PRESENTATION POSTER/ ORAL</b></td>
                 </tr>
                 <tr>
                     <td class="text-center">11.05-12.00</td>
                     <td class="text-center" colspan="4">ISTIRAHAT (BOOTH FARMASI/IKLAN BERJALAN)</td>
                 </tr>
                 <tr>
                     <td class="text-center">12.05-13.15</td>
                     <td class="text-center"><b>Sympo Paralel 2A</b></td>
                     <td class="text-center"><b>Sympo Paralel 2B</b></td>
                     <td class="text-center"><b>Sympo Paralel 2C</b></td>
                     <td class="text-center"><b>PRESENTATION POSTER/ ORAL</b></td>
                 </tr>
                 <tr>
                     <td class="text-center">13.20-14.30</td>
                     <td class="text-center" colspan="4">HUKUM, ETIK dan KESELAMATAN PASIEN/ PLENARY LECTURE</td>
                 </tr> 
             </table>

             <table class="table table-bordered mb-5">
                 <tr>
                     <td class="info text-center" colspan="5"><b>MINGGU, 15 NOVEMBER 2020</b></td>
                 </tr>
                 <tr>
                     <td class="primary text-center"><b>Time</b></td>
                     <td class="success text-center">Room I</td>
                     <td class="warning text-center text-color-dark">Room II</td>
                     <td style="background-color:#A05EA0FF;" class="text-center text-color-light">Room III</td>
                     <td style="background-color:#C89836FF;" class="text-center text-color-light">Room IV</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.30-08.45</td>
                     <td class="text-center" colspan="4">Pembukaan oleh Moderator</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.45-09.05</td>
                     <td class="text-center" colspan="4">MATERI OLEH SATGAS COVID-19/PLENARY LECTURE 3</td>
                 </tr>
                 <tr>
                     <td class="text-center">10.00-11.10</td>
                     <td class="text-center"><b>Sympo Paralel 3A</b></td>
                     <td class="text-center"><b>Sympo Paralel 3B</b></td>
                     <td class="text-center"><b>Sympo Paralel 3C</b></td>
                     <td class="text-center"><b>PRESENTATION POSTER/ ORAL</b></td>
                 </tr>
                 <tr>
                     <td class="text-center">11.25-12.00</td>
                     <td class="text-center" colspan="4">ISTIRAHAT (BOOTH FARMASI/IKLAN BERJALAN)</td>
                 </tr>
                 <tr>
                     <td class="text-center">12.10-13.20</td>
                     <td class="text-center"><b>Sympo Paralel 4A</b></td>
                     <td class="text-center"><b>Sympo Paralel 4B</b></td>
                     <td class="text-center"><b>Sympo Paralel 4C</b></td>
                     <td class="text-center"><b>PRESENTATION POSTER/ ORAL</b></td>
                 </tr>
                 <tr>
                     <td class="text-center">13.25-14.35</td>
                     <td class="text-center" colspan="4">PLENARY LECTURE 4</td>
                 </tr> 
             </table>

             <table class="table table-bordered mb-5">
                 <tr>
                     <td class="info text-center" colspan="5"><b>SABTU, 21 NOVEMBER 2020</b></td>
                 </tr>
                 <tr>
                     <td class="primary text-center"><b>Time</b></td>
                     <td class="success text-center">Room I</td>
                     <td class="warning text-center text-color-dark">Room II</td>
                     <td style="background-color:#A05EA0FF;" class="text-center text-color-light">Room III</td>
                     <td style="background-color:#C89836FF;" class="text-center text-color-light">Room IV</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.30-08.45</td>
                     <td class="text-center" colspan="4">Pembukaan oleh Moderator</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.45-09.05</td>
                     <td class="text-center" colspan="4">PLENARY LECTURE 5</td>
                 </tr>
                 <tr>
                     <td class="text-center">10.00-11.10</td>
                     <td class="text-center"><b>Sympo Paralel 5A</b></td>
                     <td class="text-center"><b>Sympo Paralel 5B</b></td>
                     <td class="text-center"><b>Sympo Paralel 5C</b></td>
                     <td class="text-center"><b>PRESENTATION POSTER/ ORAL</b></td>
                 </tr>
                 <tr>
                     <td class="text-center">11.25-12.00</td>
                     <td class="text-center" colspan="4">ISTIRAHAT (BOOTH FARMASI/IKLAN BERJALAN)</td>
                 </tr>
                 <tr>
                     <td class="text-center">12.10-13.20</td>
                     <td class="text-center"><b>Sympo Paralel 6A</b></td>
                     <td class="text-center"><b>Sympo Paralel 6B</b></td>
                     <td class="text-center"><b>Sympo Paralel 6C</b></td>
                     <td class="text-center"><b>PRESENTATION POSTER/ ORAL</b></td>
                 </tr>
                 <tr>
                     <td class="text-center">13.25-14.35</td>
                     <td class="text-center" colspan="4">PLENARY LECTURE 6</td>
                 </tr> 
             </table>

             <table class="table table-bordered mb-5">
                 <tr>
                     <td class="info text-center" colspan="5"><b>MINGGU, 22 NOVEMBER 2020</b></td>
                 </tr>
                 <tr>
                     <td class="primary text-center"><b>Time</b></td>
                     <td class="success text-center">Room I</td>
                     <td class="warning text-center text-color-dark">Room II</td>
                     <td style="background-color:#A05EA0FF;" class="text-center text-color-light">Room III</td>
                     <td style="background-color:#C89836FF;" class="text-center text-color-light">Room IV</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.30-08.45</td>
                     <td class="text-center" colspan="4">Pembukaan oleh Moderator</td>
                 </tr>
                 <tr>
                     <td class="text-center">08.45-09.05</td>
                     <td class="text-center" colspan="4">PLENARY LECTURE 7</td>
                 </tr>
                 <tr>
                     <td class="text-center">10.00-11.10</td>
                     <td class="text-center"><b>Sympo Paralel 7A</b></td>
                     <td class="text-center"><b>Sympo Paralel 7B</b></td>
                     <td class="text-center"><b>Sympo Paralel 7C</b></td>
                     <td class="text-center"><b>PRESENTATION POSTER/ ORAL</b></td>
                 </tr>
                 <tr>
                     <td class="text-center">11.10-12.10</td>
                     <td class="text-center" colspan="4">ISTIRAHAT (BOOTH FARMASI/IKLAN BERJALAN)</td>
                 </tr>
                 <tr>
                     <td class="text-center">13.25-14.35</td>
                     <td class="text-center" colspan="4">PLENARY LECTURE 8</td>
                 </tr> 
                 <tr>
                     <td class="text-center">13.20-13.40</td>
                     <td class="text-center" colspan="4">Penutupan oleh Ketua Umum</td>
                 </tr> 
                 <tr>
                     <td class="text-center">13.40-13.55</td>
                     <td class="text-center" colspan="4">Pengumuman Poster-Oral Presentation Terbaik serta Post Test Terbaik</td>
                 </tr> 
             </table>
         </div>
     </div> 
 </div>
</section>