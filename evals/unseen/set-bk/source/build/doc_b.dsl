META	title	Recreatieschap Duin en Geest - Begroting 2026 (FICTIEF testdocument)
META	author	set-bk evaluation generator
META	subject	Fictief document: alle bedragen verzonnen
META	footer	FICTIEF DOCUMENT - alle bedragen, aantallen, tarieven en percentages zijn verzonnen; geen officiële publicatie
META	header	Recreatieschap Duin en Geest  |  Begroting 2026 en meerjarenraming 2027-2029
PAGE	portrait
SP	90
BIG	30	Recreatieschap Duin en Geest
BIG	22	Begroting 2026
BIG	14	en meerjarenraming 2027-2029
SP	10
P	Ontwerpbegroting, aangeboden aan de deelnemers voor een zienswijze op 14 april 2025. Vaststelling door het Algemeen Bestuur is voorzien op 3 juli 2025.
SP	20
BOX	FICTIEF DOCUMENT	Dit document is verzonnen voor het testen van een assistent. Het recreatieschap en alle bedragen, aantallen, tarieven en percentages zijn fictief. Het is geen officiële publicatie van de genoemde provincie of gemeenten.
SP	30
NOTE	Recreatieschap Duin en Geest is een gemeenschappelijke regeling (openbaar lichaam) van de provincie Zuid-Holland en de gemeenten Wassenaar, Katwijk, Leiden en Voorschoten.
PAGE	portrait
H1	Inhoudsopgave	
TOC	aanb	Aanbiedingsbrief
TOC	h1	1. Het recreatieschap in het kort
TOC	h2	2. Programma's
TOC	h3	3. Overzicht baten en lasten en meerjarenraming
TOC	h4	4. Bijdragen van de deelnemers
TOC	h5	5. Tarieven 2026
TOC	h6	6. Paragrafen
TOC	h7	7. Verschillen ten opzichte van de begroting 2025
SP	8
H1	Aanbiedingsbrief	aanb
P	Geachte leden van de colleges, de gemeenteraden en Provinciale Staten,
P	Hierbij bieden wij u de ontwerpbegroting 2026 en de meerjarenraming 2027-2029 van Recreatieschap Duin en Geest aan. De begroting 2026 sluit na een onttrekking aan de reserves van € 83.100 met een resultaat van nul. De totale lasten komen uit op € 2.983.800.
P	De bijdrage van de deelnemers stijgt in 2026 met € 73.600 (4,6%) naar € 1.684.800. De stijging komt vooral door de loon- en prijsontwikkeling, de kapitaallasten van het nieuwe toiletgebouw bij de strandopgang Wassenaarse Slag en het hogere onderhoud van de duinpaden na de stormen van het afgelopen najaar. Voor de gemeente Wassenaar betekent dit een bijdrage van € 379.080 in 2026.
P	In de meerjarenraming zien wij vanaf 2027 een structureel tekort, omdat de parkeeropbrengsten minder hard stijgen dan de kosten van beheer en onderhoud. Wij stellen voor in het najaar van 2025 een verkenning te doen naar een nieuwe verdeelsleutel en naar een hoger tarief voor bezoekers van buiten de regio. Wij vragen de deelnemers uiterlijk 20 juni 2025 hun zienswijze te geven.
P	Het Dagelijks Bestuur van Recreatieschap Duin en Geest
PAGE	portrait
H1	1. Het recreatieschap in het kort	h1
H2	Doel en taken	
P	Recreatieschap Duin en Geest beheert de natuur- en recreatiegebieden in de binnenduinrand tussen Katwijk en Wassenaar, waaronder de gebieden Lentevreugd, de Geestweide en het strandgebied bij de Wassenaarse Slag. Het doel van het recreatieschap is om deze gebieden open te houden voor wandelaars, fietsers en ruiters, de duinnatuur te beschermen en te herstellen en goede voorzieningen te bieden zoals parkeerterreinen, toiletten en strandopgangen.
P	Het recreatieschap heeft geen eigen belastinggebied. De lasten worden gedekt uit parkeeropbrengsten, pachten, subsidies en de jaarlijkse bijdrage van de deelnemers volgens de verdeelsleutel in de gemeenschappelijke regeling.
H2	Bestuur	
P	Het Algemeen Bestuur telt zeven leden: twee gedeputeerden of statenleden van de provincie en één wethouder per gemeente. Het Dagelijks Bestuur bestaat uit drie leden. De uitvoering ligt bij een kleine ambtelijke organisatie met een eigen terreinploeg, gevestigd in Wassenaar.
H2	Kerngetallen	
CAPTION	Tabel 1.1 Kerngetallen
TBL	44,14,14,14	1	8.5	
TR	h	Kerngetal	Rekening 2024	Begroting 2025	Begroting 2026
TR	n	Beheerd areaal (hectare)	1.236	1.236	1.251
TR	n	Wandelpaden (km)	64,5	64,5	66,0
TR	n	Fietspaden (km)	38,2	38,2	38,2
TR	n	Ruiterpaden (km)	21,0	21,0	21,0
TR	n	Strandopgangen met voorzieningen	4	4	5
TR	n	Parkeerplaatsen	1.140	1.140	1.165
TR	n	Bezoekers (schatting)	1.386.000	1.400.000	1.420.000
TR	n	Verkochte jaarkaarten parkeren	3.918	4.000	4.150
TR	n	Formatie (fte)	13,8	14,2	14,6
END
NOTE	Het aantal bezoekers is een schatting op basis van tellingen bij de parkeerterreinen en de fietstelpunten bij Lentevreugd en de Wassenaarse Slag.
PAGE	portrait
H1	2. Programma's	h2
H2	Programma 1 Natuur en landschap	
H3	Wat willen we bereiken?	
P	De duinen en de binnenduinrand blijven een gevarieerd en veerkrachtig natuurgebied, met ruimte voor rust en beleving. Wij willen dat in 2026 ten minste 80% van het beheerde areaal in een goede staat van instandhouding verkeert (2024: 74%).
H3	Wat gaan we daarvoor doen?	
BUL	Wij herstellen 12 hectare open duin door het verwijderen van opslag van Amerikaanse vogelkers.
BUL	Wij vernieuwen de ruiterroute door de Geestweide en leggen 1,5 km nieuw wandelpad aan langs de noordrand van Lentevreugd.
BUL	Wij zetten de begrazing met Schotse hooglanders voort en breiden die uit naar het deelgebied Zuidduin.
H3	Wat mag het kosten?	
CAPTION	Tabel 2.1 Lasten en baten programma 1 Natuur en landschap (bedragen in euro's)
TBL	46,15,15,15	1	8.5	
TR	h	Omschrijving	Rekening 2024	Begroting 2025	Begroting 2026
TR	s	{cs=4}Lasten
TR	n	Personeel (toegerekend)	612.480	641.300	668.900
TR	n	Beheer en onderhoud terreinen en paden	498.215	512.000	538.600
TR	n	Groenonderhoud door aannemers	244.806	244.900	253.800
TR	n	Kapitaallasten	161.904	158.700	176.300
TR	b	Totaal lasten	1.517.405	1.556.900	1.637.600
TR	s	{cs=4}Baten
TR	n	Subsidie provincie natuurherstel duinen	146.250	120.000	152.000
TR	n	Houtverkoop en overige opbrengsten	38.402	35.000	36.500
TR	b	Totaal baten	184.652	155.000	188.500
TR	t	Saldo programma	-1.332.753	-1.401.900	-1.449.100
END
H2	Programma 2 Recreatie en voorzieningen	
H3	Wat willen we bereiken?	
P	Bezoekers vinden schone, veilige en goed bereikbare voorzieningen. Het recreatieschap wil bij het bezoekersonderzoek minstens een 7,5 scoren voor de voorzieningen (2024: 7,2).
H3	Wat gaan we daarvoor doen?	
BUL	Wij bouwen een nieuw toiletgebouw bij de strandopgang Wassenaarse Slag, met een toegankelijk toilet en een buitendouche.
BUL	Wij voeren kentekenparkeren in op alle parkeerterreinen; de oude parkeerautomaten worden vervangen.
BUL	Wij verlengen de pachtovereenkomsten met de strandpaviljoens tot en met 2030.
H3	Wat mag het kosten?	
CAPTION	Tabel 2.2 Lasten en baten programma 2 Recreatie en voorzieningen (bedragen in euro's)
TBL	46,15,15,15	1	8.5	
TR	h	Omschrijving	Rekening 2024	Begroting 2025	Begroting 2026
TR	s	{cs=4}Lasten
TR	n	Personeel (toegerekend)	318.760	331.200	352.400
TR	n	Exploitatie parkeerterreinen	201.338	209.500	218.900
TR	n	Toiletvoorzieningen en strandopgangen	148.912	152.000	171.600
TR	n	Kapitaallasten	104.110	112.400	141.800
TR	b	Totaal lasten	773.120	805.100	884.700
TR	s	{cs=4}Baten
TR	n	Parkeeropbrengsten	768.943	781.000	819.500
TR	n	Pacht en huur horeca en kiosken	149.620	152.300	156.400
TR	n	Overige baten (evenementen, vergunningen)	41.785	38.000	39.500
TR	b	Totaal baten	960.348	971.300	1.015.400
TR	t	Saldo programma	187.228	166.200	130.700
END
P	De parkeeropbrengsten 2026 zijn geraamd op basis van de nieuwe tarieven (zie hoofdstuk 5) en een licht hoger aantal bezoekers. De kapitaallasten stijgen door het toiletgebouw en de nieuwe parkeerautomaten.
PAGE	portrait
H2	Programma 3 Bestuur en bedrijfsvoering	
H3	Wat willen we bereiken?	
P	Een wendbare en financieel gezonde organisatie die haar taken uitvoert binnen de afgesproken bijdrage van de deelnemers.
H3	Wat gaan we daarvoor doen?	
BUL	Wij maken samen met de deelnemers een voorstel voor een nieuwe verdeelsleutel.
BUL	Wij besteden de financiële administratie en de salarisadministratie uit aan de gemeente Katwijk.
H3	Wat mag het kosten?	
CAPTION	Tabel 2.3 Lasten en baten programma 3 Bestuur en bedrijfsvoering (bedragen in euro's)
TBL	46,15,15,15	1	8.5	
TR	h	Omschrijving	Rekening 2024	Begroting 2025	Begroting 2026
TR	s	{cs=4}Lasten
TR	n	Bestuurskosten	42.115	44.000	45.300
TR	n	Bedrijfsvoering (ICT, financiën, huisvesting)	371.604	384.500	401.200
TR	n	Onvoorzien	0	15.000	15.000
TR	b	Totaal lasten	413.719	443.500	461.500
TR	s	{cs=4}Baten
TR	n	Rente en overige baten	11.216	8.000	12.000
TR	b	Totaal baten	11.216	8.000	12.000
TR	t	Saldo programma	-402.503	-435.500	-449.500
END
PAGE	portrait
H1	3. Overzicht baten en lasten en meerjarenraming	h3
P	In onderstaand overzicht staan de lasten en baten per programma voor de begroting 2026 en de jaren 2027 tot en met 2029. Let op: in deze tabel zijn de bedragen afgerond op duizenden euro's; een nadelig saldo staat tussen haakjes.
CAPTION	Tabel 3.1 Meerjarenraming 2026-2029 (x € 1.000)
TBL	40,12,12,12,12	2	8.5	
TR	h	{rs=2}Omschrijving	Begroting	{cs=3}Meerjarenraming
TR	h	2026	2027	2028	2029
TR	s	{cs=5}Lasten
TR	n	Programma 1 Natuur en landschap	1.638	1.618	1.649	1.693
TR	n	Programma 2 Recreatie en voorzieningen	885	903	921	940
TR	n	Programma 3 Bestuur en bedrijfsvoering	462	470	480	489
TR	b	Totaal lasten	2.984	2.992	3.050	3.123
TR	s	{cs=5}Baten
TR	n	Programma 1 Natuur en landschap	189	191	192	193
TR	n	Programma 2 Recreatie en voorzieningen	1.015	1.035	1.053	1.071
TR	n	Programma 3 Bestuur en bedrijfsvoering	12	12	12	12
TR	n	Deelnemersbijdragen	1.685	1.719	1.753	1.788
TR	b	Totaal baten	2.901	2.956	3.009	3.064
TR	b	Saldo van baten en lasten	(83)	(36)	(41)	(59)
TR	n	Onttrekking reserves	83	0	0	0
TR	t	Resultaat	0	(36)	(41)	(59)
END
NOTE	Bedragen x € 1.000. Een bedrag tussen haakjes is een nadelig saldo. Door afronding kunnen totalen afwijken van de som van de afzonderlijke bedragen in hoofdstuk 2.
H2	Toelichting op de meerjarenraming	
P	Vanaf 2027 laat de meerjarenraming een tekort zien: € 35.900 in 2027, € 41.000 in 2028 en € 58.700 in 2029. Het tekort ontstaat doordat de kosten van beheer en onderhoud en de loonkosten jaarlijks met ongeveer 2% stijgen, terwijl de bijdrage van de deelnemers volgens de kaderbrief met 2% per jaar stijgt en de parkeeropbrengsten achterblijven. De algemene reserve is niet groot genoeg om dit tekort structureel op te vangen.
PAGE	landscape
H1	4. Bijdragen van de deelnemers	h4
P	De deelnemers betalen jaarlijks een bijdrage in de kosten van het recreatieschap. De verdeling volgt de verdeelsleutel uit artikel 31 van de gemeenschappelijke regeling¹. De bedragen zijn in euro's.
CAPTION	Tabel 4.1 Bijdragen per deelnemer 2024-2029 (bedragen in euro's)
TBL	26,10,11,11,11,11,11,11	2	8.5	
TR	h	{rs=2}Deelnemer	{rs=2}Verdeel- sleutel	{rs=2}Rekening 2024	{rs=2}Begroting 2025	{rs=2}Begroting 2026	{cs=3}Meerjarenraming
TR	h	2027	2028	2029
TR	n	Provincie Zuid-Holland	40,00%	624.960	644.480	673.920	687.440	701.200	715.280
TR	n	Gemeente Wassenaar	22,50%	351.540	362.520	379.080	386.685	394.425	402.345
TR	n	Gemeente Katwijk	17,50%	273.420	281.960	294.840	300.755	306.775	312.935
TR	n	Gemeente Leiden	12,00%	187.488	193.344	202.176	206.232	210.360	214.584
TR	n	Gemeente Voorschoten	8,00%	124.992	128.896	134.784	137.488	140.240	143.056
TR	t	Totaal	100,00%	1.562.400	1.611.200	1.684.800	1.718.600	1.753.000	1.788.200
END
NOTE	¹ De verdeelsleutel is in 2019 vastgesteld op basis van het aantal inwoners en de oppervlakte van het beheergebied per deelnemer. De provincie draagt een vast aandeel van 40%.
P	De gemeente Wassenaar betaalt in 2026 € 379.080, de provincie Zuid-Holland € 673.920. Gemeenten die het recreatieschap niet financieren, zoals Noordwijk en Teylingen, betalen geen bijdrage; hun inwoners betalen het tarief voor overige bezoekers voor een jaarkaart.
PAGE	portrait
H1	5. Tarieven 2026	h5
P	Het Algemeen Bestuur stelt jaarlijks de tarieven vast. Voor 2026 stellen wij voor de tarieven met gemiddeld 5% te verhogen. De tarieven zijn inclusief btw.
CAPTION	Tabel 5.1 Tarieven 2025 en 2026
TBL	46,14,14,12	1	8.5	
TR	h	Tarief	2025	2026	Wijziging
TR	n	Parkeren personenauto, per uur	€ 2,20	€ 2,40	9,1%
TR	n	Parkeren personenauto, dagkaart	€ 7,50	€ 8,00	6,7%
TR	n	Parkeren camper of bus, dagkaart	€ 15,00	€ 16,50	10,0%
TR	n	Jaarkaart parkeren, inwoner deelnemende gemeente	€ 62,50	€ 65,00	4,0%
TR	n	Jaarkaart parkeren, overige bezoekers	€ 119,00	€ 125,00	5,0%
TR	n	Evenementenvergunning, tot 500 bezoekers	€ 95,00	€ 99,00	4,2%
TR	n	Standplaats kiosk, per m² per jaar	€ 48,60	€ 50,50	3,9%
END
P	Inwoners van de deelnemende gemeenten kunnen een jaarkaart tegen het lagere tarief kopen op vertoon van een bewijs van inschrijving. Kinderen tot 12 jaar en fietsers betalen niets; voor het gebruik van de wandel- en fietspaden wordt geen entree geheven.
H1	6. Paragrafen	h6
H2	6.1 Weerstandsvermogen en risicobeheersing	
P	De weerstandscapaciteit bestaat uit de algemene reserve. Tegenover deze capaciteit staan de risico's die niet op een andere manier zijn afgedekt. Per risico is de kans en het financiële gevolg geschat.
CAPTION	Tabel 6.1 Risico's (bedragen in euro's)
TBL	52,10,14,14	1	8.5	
TR	h	Risico	Kans	Financieel gevolg	Benodigd
TR	n	Lagere parkeeropbrengsten door slecht weer in het hoogseizoen	50%	120.000	60.000
TR	n	Herstel stormschade aan strandopgangen en duinpaden	25%	180.000	45.000
TR	n	Hogere loonkosten door nieuwe cao	50%	40.000	20.000
TR	n	Verlies provinciale subsidie natuurherstel	10%	150.000	15.000
TR	t	Benodigde weerstandscapaciteit			140.000
END
P	De beschikbare weerstandscapaciteit (de algemene reserve per 31 december 2026) is € 588.308. De ratio weerstandsvermogen is daarmee 4,2. Het Algemeen Bestuur hanteert als ondergrens een ratio van 1,4 (ruim voldoende).
H2	6.2 Reserves	
CAPTION	Tabel 6.2 Verloop reserves 2026 (bedragen in euro's)
TBL	40,15,13,13,15	1	8.5	
TR	h	Reserve	Stand 1 januari 2026	Toevoeging	Onttrekking	Stand 31 december 2026
TR	n	Algemene reserve	626.408	0	38.100	588.308
TR	n	Bestemmingsreserve groot onderhoud	292.650	0	45.000	247.650
TR	n	Bestemmingsreserve natuurherstel duinen	96.000	0	0	96.000
TR	t	Totaal reserves	1.015.058	0	83.100	931.958
END
P	De onttrekking aan de bestemmingsreserve groot onderhoud is bestemd voor het herstel van de strandopgang bij de Geestweide. De onttrekking aan de algemene reserve dekt het tekort in de begroting 2026.
H2	6.3 Investeringen	
CAPTION	Tabel 6.3 Investeringen 2026 (bedragen in euro's)
TBL	48,14,12,14	1	8.5	
TR	h	Investering	Krediet	Afschrijving (jaren)	Kapitaallasten 2027
TR	n	Toiletgebouw strandopgang Wassenaarse Slag	385.000	25	26.180
TR	n	Renovatie fietspad Lentevreugd (2,4 km)	612.000	30	36.720
TR	n	Vervanging parkeerautomaten (kentekenparkeren)	148.500	8	21.780
TR	n	Bebording en routemarkering	42.000	10	5.460
TR	t	Totaal	1.187.500		90.140
END
H2	6.4 Financiering	
P	Voor de investeringen in 2026 trekt het recreatieschap een nieuwe lening aan van € 1.000.000 bij de BNG Bank met een looptijd van 25 jaar. De geprognosticeerde balans is hieronder opgenomen.
CAPTION	Tabel 6.4 Geprognosticeerde balans (x € 1.000)
TBL	46,14,14,14	1	8.5	
TR	h	Balanspost	31-12-2024 (werkelijk)	31-12-2025	31-12-2026
TR	s	{cs=4}Activa
TR	n	Materiële vaste activa	2.874	2.792	3.741
TR	n	Uitzettingen korter dan één jaar	118	105	110
TR	n	Liquide middelen	642	511	289
TR	n	Overlopende activa	87	80	80
TR	b	Totaal activa	3.721	3.488	4.220
TR	s	{cs=4}Passiva
TR	n	Eigen vermogen	1.075	1.015	932
TR	n	Voorzieningen	214	236	251
TR	n	Vaste schulden (onderhandse leningen)	1.860	1.740	2.560
TR	n	Vlottende schulden	476	405	382
TR	n	Overlopende passiva	96	92	95
TR	b	Totaal passiva	3.721	3.488	4.220
END
CAPTION	Tabel 6.5 Kengetallen
TBL	46,14,14,14	1	8.5	
TR	h	Kengetal	Rekening 2024	Begroting 2025	Begroting 2026
TR	n	Netto schuldquote	58,3%	56,1%	88,2%
TR	n	Solvabiliteitsratio	28,9%	29,1%	22,1%
END
PAGE	portrait
H1	7. Verschillen ten opzichte van de begroting 2025	h7
P	In dit hoofdstuk lichten wij de verschillen tussen de begroting 2026 en de begroting 2025 toe. V betekent voordelig, N betekent nadelig. Bedragen in euro's.
CAPTION	Tabel 7.1 Verschillen begroting 2026 ten opzichte van begroting 2025
TBL	62,14,6	1	8.5	
TR	h	Omschrijving	Bedrag	V/N
TR	s	{cs=3}Lasten
TR	n	Personeel: cao 2025-2026 en uitbreiding terreinploeg met 0,4 fte²	48.800	N
TR	n	Beheer en onderhoud terreinen en paden (indexatie en stormschade)	26.600	N
TR	n	Groenonderhoud door aannemers	8.900	N
TR	n	Exploitatie parkeerterreinen (kentekenparkeren)	9.400	N
TR	n	Toiletvoorzieningen en strandopgangen	19.600	N
TR	n	Kapitaallasten nieuwe investeringen³	47.000	N
TR	n	Bestuurskosten	1.300	N
TR	n	Bedrijfsvoering (ICT, financiën, huisvesting)	16.700	N
TR	s	{cs=3}Baten
TR	n	Subsidie provincie natuurherstel duinen	32.000	V
TR	n	Houtverkoop en overige opbrengsten	1.500	V
TR	n	Parkeeropbrengsten (nieuwe tarieven)	38.500	V
TR	n	Pacht en huur horeca en kiosken	4.100	V
TR	n	Overige baten (evenementen, vergunningen)	1.500	V
TR	n	Rente en overige baten	4.000	V
TR	b	Subtotaal verschillen exploitatie	96.700	N
TR	n	Hogere onttrekking aan reserves	23.100	V
TR	n	Hogere bijdrage deelnemers	73.600	V
TR	t	Totaal	0	
END
NOTE	² De uitbreiding van de terreinploeg met 0,4 fte is nodig voor het extra onderhoud van de duinpaden.
NOTE	³ Kapitaallasten van het toiletgebouw Wassenaarse Slag en de nieuwe parkeerautomaten (zie tabel 6.3).
P	Per saldo zijn de lasten in 2026 € 178.300 hoger dan in 2025. De hogere parkeeropbrengsten van € 38.500 zijn een gevolg van de tariefverhoging per 1 januari 2026 en van het kentekenparkeren, waardoor minder bezoekers zonder te betalen parkeren.
H2	Vaststelling	
P	Aldus vastgesteld in de openbare vergadering van het Algemeen Bestuur van Recreatieschap Duin en Geest (fictief), de voorzitter en de secretaris.
