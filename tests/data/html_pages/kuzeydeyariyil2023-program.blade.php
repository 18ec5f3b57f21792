@extends('layouts.master')

@section('content')

    <!-- Page Header Section Start Here -->
    <section class="page-header bg_img padding-tb">
        <div class="overlay"></div>
        <div class="container">
            <div class="page-header-content-area">
                <h4 class="ph-title">Program</h4>
            </div>
        </div>
    </section>
    <!-- Page Header Section Ending Here -->

{{--    <h3 class="coming-soon-title mb-4" style="width: 80vw;margin: auto;text-align: center; margin-top:2rem;">Çok Yakında Program Bilgilerini Paylaşacağız.</h3>--}}

        <div class="container padding-tb-sm">
        <div class="row justify-content-center">
            <div class="col-lg-9">

                <table>
                    <thead>
                    <tr>
                        <th width="200">13 Ocak Cuma</th>
                        <th>Etkinlik</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr>
                        <td>14:00 - 18:00</td>
                        <td>Otele Giriş - Serbest Zaman</td>
                    </tr>
                    <tr>
                        <td>18.30 - 20.00</td>
                        <td>Otelde Akşam Yemeği</td>
                    </tr>
                    <tr>
                        <td>20.00 - 00.00</td>
                        <td>Eğlence - Ayvalık Merkez (Ekstra ücretlendirme içerir.)</td>
                    </tr>
                    </tbody>
                </table>
                <br>
                <table>
                    <thead>
                    <tr>
                        <th width="200">14 Ocak Cumartesi</th>
                        <th>Etkinlik</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr>
                        <td>09:00 - 11:00</td>
                        <td>Sunumlar 1. Oturum (Tüm katılımcılara açıktır.)</td>
                    </tr>
                    <tr>
                        <td>11:00 - 11:15</td>
                        <td>Coffee Break</td>
                    </tr>
                    <tr>
                        <td>11:15 - 12:45</td>
                        <td>Sunumlar 2. oturum (Tüm katılımcılara açıktır.)</td>
                    </tr>
                    <tr>
                        <td>12:45 - 13:30</td>
                        <td>Otelde Öğle Yemeği</td>
                    </tr>
                    <tr>
                        <td>13.30 - 18.00</td>
                        <td>Cunda Turu - Tekne Partisi (YK dışındaki tüm rotaractörlere açıktır.)</td>
                    </tr>
                    <tr>
                        <td>13:30 - 14:30</td>
                        <td>Başkanlar - İlk oturum (YK üyelerinin katılımına açıktır.) </td>
                    </tr>
                    <tr>
                        <td>14:30 - 14:45</td>
                        <td>Coffee Break</td>
                    </tr>
                    <tr>
                        <td>14:45 - 16:00</td>
                        <td>Başkanlar - İkinci oturum (YK üyelerinin katılımına açıktır.) </td>
                    </tr>
                    <tr>
                        <td>16:00 - 16:15</td>
                        <td>Coffee Break</td>
                    </tr>
                    <tr>
                        <td>16:15 - 17:00</td>
                        <td>Açık Oturum (Tüm katılımcılara açıktır.)</td>
                    </tr>
                    <tr>
                        <td>17:00 - 18:00</td>
                        <td>Asbaşkanlar Oturumu</td>
                    </tr>
                    <tr>
                        <td>18.00 - 19.30</td>
                        <td>Serbest Zaman</td>
                    </tr>
                    <tr>
                        <td>19.30 - 23.30</td>
                        <td>Gala Yemeği</td>
                    </tr>
                    <tr>
                        <td>23.30 - 01.00</td>
                        <td>After Party</td>
                    </tr>


                    </tbody>
                </table>
                <br>
                <table>
                    <thead>
                    <tr>
                        <th width="200">15 Ocak Pazar</th>
                        <th>Etkinlik</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr>
                        <td>07.00 - 10.00</td>
                        <td>Otelde Kahvaltı</td>
                    </tr>
                    <tr>
                        <td>10.00 - 12.00</td>
                        <td>Serbest Zaman - Otelden Ayrılış</td>
                    </tr>
                    </tbody>
                </table>
                <br>
            </div>
       </div>
    </div>


@endsection
