@extends('layouts.master')

@section('title')
    Programma | Congres Technische Bedrijfskunde
    @endsection

    @section('content')
            <!-- Showcase
    ================ -->
    <div class="container">
        <div class="row">
            <!-- Welcome message
                ================= -->
            <div class="col-md-8">
                <div class="block-header">
                    <h2>
                        <span class="title">Programma</span><span class="decoration"></span><span
                                class="decoration"></span><span class="decoration"></span>
                    </h2>

                    <p>Trends en Ontwikkelingen binnen Technische Bedrijfskunde</p>

                    <p><strong>10:00&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            Inloop en ontvangst met thee en koffie</strong></p>

                    <p><strong>10.15&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            Opening Congres door Marc van Kempen, </strong></p>

                    <p><strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;voorzitter
                            Landelijk Overleg Technische Bedrijfskunde</strong></p>

                    <p><strong>10.20&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            Themasprekers</strong></p>
                    <ul>
                        <li style="margin-left: 65px">Clusteraccreditaties en het borgen van de kwaliteit, drs. Willem
                            van Raaijen, Partner Hobéon
                        </li>
                        <li style="margin-left: 65px">Roadmap 2015: Leven lang leren en Learning Outcomes in het HBO,
                            drs. Tijs Pijls CINOP Advies en Adviseur NLQF en ECVET
                        </li>
                        <li style="margin-left: 65px">Matching Engineers of the future: de match tussen afgestudeerde
                            Technisch Bedrijfskundigen en wensen van het bedrijfsleven, Micha&euml;l van Straalen,
                            Voorzitter MKB-Nederland
                        </li>
                        <li style="margin-left: 65px">De Engineer van de toekomst, drs. Bert Schroën,
                            Faculteitsdirecteur Bèta Sciences Hogeschool Zuyd
                        </li>
                    </ul>
                    <p><strong>11.45&nbsp;&nbsp;&nbsp;&nbsp; &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            Paneldiscussie, geleid door Marc van Kempen</strong></p>

                    <p style="margin-left: 87px">Panelleden:</p>
                    <ul>
                        <li style="margin-left: 65px">ir. Thjeu Houben, Voorzitter HBO-Domein Engineering</li>
                        <li style="margin-left: 65px">drs. Tijs Pijls, CINOP Advies</li>
                        <li style="margin-left: 65px">drs. Bert Schroën, Faculteitsdirecteur Bèta Sciences Hogeschool
                            Zuyd
                        </li>
                        <li style="margin-left: 65px">drs. Willem van Raaijen, Partner Hobéon</li>
                    </ul>
                    <p><strong>12:15&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            Lunch</strong></p>

                    <p><strong>13.15&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            Eerste break out sessie (45 minuten) , met onderwerpen:</strong></p>
                    <ol>
                        <li style="margin-left: 65px">TTT, De Toekomstige T van TBK</li>
                        <li style="margin-left: 65px">Wat betekent Marketing voor Technische Bedrijfskunde (TBK)?</li>
                        <li style="margin-left: 65px">Change Management de opvolger van Organisatiekunde?</li>
                        <li style="margin-left: 65px">De BOKS BE – de weg naar succes?</li>
                        <li style="margin-left: 65px">Social Skills in 2025</li>
                        <li style="margin-left: 65px">Is ons afstuderen wat het bedrijfsleven, de NVAO of de student
                            vraagt?
                        </li>
                        <li style="margin-left: 65px">ICT, de techniek voorbij…?</li>
                        <li style="margin-left: 65px">Onderzoeksvaardigheden</li>
                        <li style="margin-left: 65px">Operations Management: nog steeds het hart van TBK?</li>
                        <li style="margin-left: 65px">Ervaar de nieuwe TBK game tijdens de Landelijke Docentendag 2016
                        </li>
                        <li style="margin-left: 65px">Learning Outcomes: de nieuwe leerdoelen i.p.v. beroepsproducten?
                        </li>
                        <li style="margin-left: 65px">Brede Bachelor Engineering en Technische Bedrijfskunde: de
                            ervaringen
                        </li>
                        <li style="margin-left: 65px">De nieuwe deeltijd TBK, stapelen of 4 jarig bachelor programma?
                        </li>
                    </ol>
                    <p><strong>14.00&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Theepauze</strong>
                    </p>

                    <p><strong>14.15&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            Tweede break out sessie (45 minuten), zelfde thema’s</strong></p>

                    <p><strong>16:00&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Einde</strong>
                    </p>

                    <p><strong>15.00&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Netwerkborrel</strong>
                    </p>

                    <p><strong>&nbsp;</strong></p>
                </div>
            </div>
            <div class="col-md-4">
                <div class="block-header">
                    <h2>
                        <span class="title">Sessies</span><span class="decoration"></span><span
                                class="decoration"></span><span class="decoration"></span>
                    </h2>
                </div>
                <div class="tab-content">
                    @include('partials.sessies')
                </div>
            </div>
        </div>
    </div>
@endsection
