META	title	Gemeente Wassenaar - Jaarstukken 2024 (FICTIEF testdocument)
META	author	set-bk evaluation generator
META	subject	Fictief document: alle bedragen verzonnen
META	footer	FICTIEF DOCUMENT - testmateriaal, alle cijfers zijn verzonnen; geen officiële publicatie van de gemeente Wassenaar
META	header	Gemeente Wassenaar - Jaarstukken 2024
PAGE	portrait
SP	60
BIG	15	Gemeente Wassenaar
BIG	34	Jaarstukken 2024
BIG	15	Jaarverslag en jaarrekening
SP	8
P	Aangeboden aan de gemeenteraad op 15 april 2025. Vastgesteld in de raadsvergadering van 1 juli 2025.
SP	24
BOX	FICTIEF DOCUMENT	Dit is geen echte publicatie van de gemeente Wassenaar. Het document is gemaakt om een assistent te testen: alle bedragen, aantallen, tarieven en percentages zijn verzonnen. De opbouw volgt die van echte gemeentelijke jaarstukken.
PAGE	portrait
H1	Inhoudsopgave	
TOC	inl	Inleiding en kerncijfers
TOC	p1	Programma 1 Veiligheid en Handhaving
TOC	p2	Programma 2 Mens en Maatschappij
TOC	p3	Programma 3 Bestuur en Middelen
TOC	p4	Programma 4 Fysieke Leefomgeving
TOC	p5	Programma 5 Natuur, Klimaat en Mobiliteit
TOC	adm	Algemene dekkingsmiddelen en overhead
TOC	ph	Paragraaf Lokale heffingen
TOC	pw	Paragraaf Weerstandsvermogen en risicobeheersing
TOC	pv	Paragraaf Verbonden partijen
TOC	jr	Jaarrekening: overzicht van baten en lasten
TOC	bal	Balans per 31 december 2024
TOC	res	Toelichting reserves
TOC	tv	Bijlage: baten en lasten per taakveld
SP	6
H2	Leeswijzer	
P	De jaarstukken bestaan uit het jaarverslag (de programmaverantwoording en de paragrafen) en de jaarrekening. Per programma beantwoorden we drie vragen: Wat willen we bereiken? Wat hebben we daarvoor gedaan? Wat heeft het gekost?
P	Let op de eenheden. In de programmatabellen, het overzicht van baten en lasten, de balans en het overzicht van de reserves zijn de bedragen afgerond op duizenden euro's (x € 1.000). De bijlage met baten en lasten per taakveld en de tabel met verbonden partijen zijn in hele euro's. In de tabel kerncijfers rekenen we in miljoenen euro's. In de tekst noemen we exacte bedragen.
P	In de programmatabellen staan lasten met een minteken; in het overzicht van baten en lasten staan lasten en nadelige saldi tussen haakjes. In de kolom V/N staat V voor een voordelig en N voor een nadelig verschil ten opzichte van de begroting na wijziging.
PAGE	portrait
H1	Inleiding en kerncijfers	inl
P	Wassenaar sluit het jaar 2024 af met een positief resultaat van € 2.184.627. In de begroting na wijziging gingen we nog uit van een nadeel van € 412.640. Het verschil komt vooral door een hogere algemene uitkering uit het gemeentefonds, lagere kosten voor de overhead en huishoudelijke hulp en hogere vergoedingen van het Rijk. Daartegenover staan hogere kosten voor jeugdhulp en voor de opvang van ontheemden uit Oekraïne.
P	Het college stelt voor het resultaat toe te voegen aan de algemene reserve (vrij besteedbaar), met uitzondering van € 250.000 die wij willen reserveren voor de uitvoering van het nieuwe Beleidsplan Sociaal Domein in 2025.
CAPTION	Tabel 0.1 Kerncijfers
TBL	50,15,15	1	8.5	
TR	h	Financiële kerncijfers (€ mln)	2024	2023
TR	n	Totale baten (exclusief reserves)	93,2	86,2
TR	n	Totale lasten (exclusief reserves)	91,3	88,9
TR	n	Resultaat na mutaties reserves	2,2	1,5
TR	n	Algemene reserves per 31 december	53,3	53,2
TR	n	Totaal reserves per 31 december	60,4	59,2
TR	n	Voorzieningen per 31 december	12,6	12,2
TR	n	Vaste schulden per 31 december	16,5	17,3
TR	n	Uitgaven investeringen	8,4	6,8
TR	h	Overige kerncijfers	2024	2023
TR	n	Aantal inwoners (31 december)	27.412	27.186
TR	n	Aantal woningen (31 december)	11.932	11.874
TR	n	Huishoudens met een bijstandsuitkering	318	341
TR	n	Jeugdigen met jeugdhulp	512	536
TR	n	Inwoners met een Wmo-maatwerkvoorziening	1.268	1.231
TR	n	Oppervlakte gemeente (hectare)	5.069	5.069
END
NOTE	Bron: eigen administratie en Basisregistratie Personen. De financiële kerncijfers zijn afgerond op een decimaal; de uitgaven voor investeringen omvatten alle programma's.
PAGE	portrait
H1	Programma 1 Veiligheid en Handhaving	p1
H2	Wat willen we bereiken?	
P	Wassenaar is een veilige gemeente, waar inwoners, ondernemers en bezoekers zich veilig voelen. We werken aan drie doelen: minder woninginbraken en fietsendiefstallen, zichtbare handhaving in de openbare ruimte en een goede voorbereiding op crises en rampen.
H2	Wat hebben we daarvoor gedaan?	
P	In 2024 hebben we 14 buurtpreventie-appgroepen ondersteund en in de wijken Kerkehout en De Kieviet twee voorlichtingsavonden over inbraakpreventie gehouden. De boa's hebben 2.318 controles uitgevoerd, vooral op parkeren, afval en overlast bij het strand. Met de Veiligheidsregio Haaglanden is in oktober een crisisoefening gehouden rond een stormvloed aan de kust.
P	De bijdrage aan de Veiligheidsregio Haaglanden bedroeg € 2.291.448. Dat is € 104.146 meer dan in 2023, vooral door de loonontwikkeling bij de brandweer.
CAPTION	Tabel 1.1 Indicatoren Veiligheid
TBL	46,12,10,10,10	1	8	
TR	h	Indicator	Eenheid	2022	2023	2024
TR	n	Woninginbraken	{al=l}per 1.000 woningen	3,1	2,7	2,4
TR	n	Winkeldiefstallen	{al=l}per 1.000 inwoners	1,2	1,4	1,1
TR	n	Geweldsmisdrijven	{al=l}per 1.000 inwoners	2,6	2,9	2,5
TR	n	Verwijzingen Halt	{al=l}per 10.000 jongeren 12-17 jaar	58	64	61
TR	n	Controles door boa's	{al=l}aantal	1.906	2.144	2.318
END
H2	Wat heeft het gekost?	
CAPTION	Tabel 1.2 Baten en lasten Programma 1 Veiligheid en Handhaving (bedragen x € 1.000)
TBL	34,12,13,12,11,6	2	8	
TR	h	{rs=2}( - = lasten / nadeel )	{rs=2}Realisatie 2023	{cs=2}2024	{rs=2}Verschil	{rs=2}V/N
TR	h	Begroting na wijziging	Realisatie
TR	n	Baten	137	149	146	-3	N
TR	n	Lasten	-4.295	-4.525	-4.465	60	V
TR	b	Saldo van baten en lasten	-4.158	-4.376	-4.319	57	V
TR	n	Toevoeging reserves	0	0	0	0	
TR	n	Onttrekking reserves	0	0	0	0	
TR	b	Mutaties reserves	0	0	0	0	
TR	t	Gerealiseerd resultaat	-4.158	-4.376	-4.319	57	V
END
P	Het verschil op de lasten komt vooral doordat de kosten van de handhaving bij het strand lager uitvielen dan geraamd; er was minder inzet van extra boa's nodig door het slechte weer in juli.
PAGE	portrait
H1	Programma 2 Mens en Maatschappij	p2
H2	Wat willen we bereiken?	
P	Iedere Wassenaarder moet mee kunnen doen, gezond kunnen opgroeien en oud kunnen worden in het eigen dorp. We leggen de nadruk op voorkomen en vroeg erbij zijn, met zorg dichtbij huis. Dure maatwerkzorg zetten we in als het echt nodig is. In de begroting 2024 heeft de raad zes doelstellingen vastgesteld:
BUL	1. Preventie en een sterk voorveld: inwoners vinden hulp in hun eigen netwerk en in de buurt.
BUL	2. Eén herkenbare toegang: het Sociaal Team Wassenaar is het vaste aanspreekpunt voor zorg en ondersteuning.
BUL	3. Jeugd groeit gezond en veilig op, met minder zware jeugdhulp.
BUL	4. Iedereen doet mee: bestaanszekerheid, werk en een inclusieve samenleving.
BUL	5. Sport en cultuur zijn voor iedereen bereikbaar.
BUL	6. Ouderen wonen langer zelfstandig en mantelzorgers worden ontlast.
H2	Wat hebben we daarvoor gedaan?	
CAPTION	Tabel 2.1 Resultaten 2024
TBL	8,62,22	1	8	
TR	h	Nr.	Resultaat	Status
TR	n	1.1	{al=l}Nieuw Beleidsplan Sociaal Domein 2025-2028 vastgesteld	{al=l}Gerealiseerd
TR	n	1.2	{al=l}Advies respijtzorg opgesteld en logeerhuis geopend	{al=l}Gerealiseerd
TR	n	2.1	{al=l}Sociaal Team Wassenaar bereikbaar via één telefoonnummer en inloopspreekuur	{al=l}Gerealiseerd
TR	n	3.1	{al=l}Praktijkondersteuner jeugd bij alle huisartsenpraktijken	{al=l}Deels gerealiseerd
TR	n	3.2	{al=l}Evaluatie pilot ambulant jongerenwerk	{al=l}Gerealiseerd
TR	n	4.1	{al=l}Herzien minimabeleid met een hogere inkomensgrens voor de Meedoenregeling	{al=l}Gerealiseerd
TR	n	4.2	{al=l}Actieplan lokale inclusieagenda	{al=l}Doorgeschoven naar 2025
TR	n	5.1	{al=l}Sportvisie Wassenaar Beweegt vastgesteld	{al=l}Gerealiseerd
TR	n	5.2	{al=l}Uitvoeringsprogramma cultuurnota	{al=l}Niet gerealiseerd
TR	n	6.1	{al=l}Participatief opgesteld ouderenbeleid	{al=l}Deels gerealiseerd
END
H3	Sociaal Team Wassenaar	
P	Het Sociaal Team Wassenaar ontving in 2024 1.436 nieuwe hulpvragen (2023: 1.318). De gemiddelde tijd van melding tot besluit was 5,2 weken; de wettelijke termijn is 8 weken. Sinds maart 2024 is het team bereikbaar via één telefoonnummer en is er elke dinsdag en donderdag een inloopspreekuur in het gemeentehuis.
H3	Jeugd	
P	In 2024 ontvingen 512 jeugdigen jeugdhulp (2023: 536). Het aantal jeugdigen met jeugdhulp met verblijf steeg wel, van 21 naar 29. Deze trajecten zijn duur en duren lang. Bij zes van de zeven huisartsenpraktijken werkt nu een praktijkondersteuner jeugd, die lichte vragen zelf oppakt.
H3	Bestaanszekerheid en meedoen	
P	Per 1 januari 2024 is de inkomensgrens voor de Meedoenregeling verhoogd naar 130% van het sociaal minimum. In 2024 maakten 412 huishoudens gebruik van de regeling (2023: 351); in totaal is € 168.920 uitgekeerd. Er zijn 87 nieuwe trajecten schuldhulpverlening gestart. Via de Voedselbank Wassenaar kregen gemiddeld 96 huishoudens per week een voedselpakket.
H3	Ouderen en mantelzorg	
P	In mei 2024 is het logeerhuis De Duinroos geopend, met vier kamers waar mensen met dementie een paar dagen kunnen logeren zodat hun mantelzorger even rust heeft. In 2024 maakten 31 mantelzorgers gebruik van het logeerhuis. Het ouderenbeleid is samen met de seniorenraad opgesteld; de raad bespreekt het in het voorjaar van 2025.
H3	Sport en gezondheid	
P	De sportvisie Wassenaar Beweegt is in juni 2024 vastgesteld. De bouw van de combisporthal aan de Dr. Mansveltkade ligt op schema; de oplevering is gepland in het voorjaar van 2025. Om het tekort aan huisartsen op te vangen is in september 2024 een nieuwe huisartsenpraktijk in Wassenaar-Zuid geopend, waar 1.850 inwoners zonder vaste huisarts zich konden inschrijven.
CAPTION	Tabel 2.2 Effectindicatoren Programma 2
TBL	48,14,14,14	1	8	
TR	h	Indicator	Realisatie 2023	Streefwaarde 2024	Realisatie 2024
TR	n	% jongeren tot 18 jaar met jeugdhulp	9,1%	8,5%	8,9%
TR	n	Personen met een bijstandsuitkering per 10.000 inwoners	148	145	139
TR	n	% inwoners dat voldoende beweegt	58%	60%	61%
TR	n	Rapportcijfer dienstverlening Sociaal Team	7,2	7,5	7,6
TR	n	% eenzaamheid (volwassenen 19+)	n.b.¹	46%	n.b.¹
END
NOTE	¹ De eenzaamheid wordt om de vier jaar gemeten in de Gezondheidsmonitor; de volgende meting is in 2026.
H2	Wat heeft het gekost?	
CAPTION	Tabel 2.3 Investeringen Programma 2 (bedragen in euro's)
TBL	30,12,13,12,12,15	1	7.5	
TR	h	Investering	Krediet	Uitgaven t/m 2023	Uitgaven 2024	Restant krediet	Stand van zaken
TR	n	Combisporthal Dr. Mansveltkade	7.850.000	1.236.480	4.912.305	1.701.215	{al=l}In uitvoering
TR	n	Gymzaal Burmanlaan	1.720.000	0	215.760	1.504.240	{al=l}Voorbereiding
TR	n	Verduurzaming Langstraat	240.000	0	231.418	8.582	{al=l}Afgerond
TR	n	Verduurzaming Paauwlaan	205.000	18.950	168.204	17.846	{al=l}Afgerond
TR	n	Speelvoorziening Kerkehout	96.000	0	0	96.000	{al=l}Doorgeschoven naar 2025
TR	t	Totaal	10.111.000	1.255.430	5.527.687	3.327.883	
END
CAPTION	Tabel 2.4 Baten en lasten Programma 2 Mens en Maatschappij (bedragen x € 1.000)
TBL	34,12,13,12,11,6	2	8	
TR	h	{rs=2}( - = lasten / nadeel )	{rs=2}Realisatie 2023	{cs=2}2024	{rs=2}Verschil	{rs=2}V/N
TR	h	Begroting na wijziging	Realisatie
TR	n	Baten	10.712	10.085	11.568	1.483	V
TR	n	Lasten	-40.965	-41.656	-43.258	-1.602	N
TR	b	Saldo van baten en lasten	-30.253	-31.571	-31.690	-119	N
TR	n	Toevoeging reserves	0	0	0	0	
TR	n	Onttrekking reserves	374	612	467	-145	N
TR	b	Mutaties reserves	374	612	467	-145	N
TR	t	Gerealiseerd resultaat	-29.879	-30.959	-31.223	-264	N
END
H3	Toelichting op de verschillen	
P	Programma 2 sluit met een nadelig verschil van € 264.000 ten opzichte van de begroting na wijziging (afgerond € 0,3 miljoen). Hieronder lichten we de verschillen van meer dan € 150.000 toe.
PB	Jeugdhulp met verblijf
P	De kosten van jeugdhulp met verblijf waren € 612.384 hoger dan begroot (N). Het aantal jeugdigen dat in een residentiële instelling of gezinshuis verblijft, steeg van 21 naar 29 en de tarieven van de instellingen gingen met gemiddeld 7% omhoog.
PB	Jeugdhulp zonder verblijf
P	Ook de overige jeugdhulp zonder verblijf viel € 287.615 hoger uit (N), vooral door langere trajecten bij specialistische ambulante hulp.
PB	Opvang ontheemden Oekraïne
P	Voor de opvang van ontheemden uit Oekraïne ontvingen we € 1.104.500 meer vergoeding van het Rijk dan begroot (V). De lasten waren € 1.087.260 hoger (N), doordat de opvanglocatie aan de Rijksstraatweg het hele jaar open bleef.
PB	Inkomensregelingen
P	De rijksuitkering voor de bijstand (BUIG) was € 402.770 hoger dan begroot (V). De uitkeringslasten waren € 356.915 hoger (N) door de indexatie van de uitkeringen per 1 juli.
PB	Sportaccommodaties
P	Het groot onderhoud van gymzaal Burmanlaan is uitgesteld tot de nieuwbouw; daardoor waren de lasten € 238.640 lager (V).
PB	Huishoudelijke hulp
P	De kosten van huishoudelijke hulp waren € 184.210 lager (V), omdat er minder nieuwe cliënten waren dan verwacht.
PB	Onderwijshuisvesting
P	De kapitaallasten van onderwijshuisvesting waren € 176.400 lager (V) door vertraging van de verduurzaming van schoolgebouwen.
PAGE	portrait
H1	Programma 3 Bestuur en Middelen	p3
H2	Wat willen we bereiken?	
P	Een betrouwbaar en dichtbij bestuur, met goede dienstverlening aan inwoners en ondernemers en een gezonde financiële positie. Wassenaar blijft een zelfstandige gemeente die goed samenwerkt in de regio.
H2	Wat hebben we daarvoor gedaan?	
P	De publieksbalie heeft in 2024 6.214 paspoorten en identiteitskaarten uitgegeven (2023: 5.470). Inwoners gaven de dienstverlening aan de balie gemiddeld een 8,1. Sinds september kunnen inwoners ook op zaterdagochtend een afspraak maken. Voor ondernemers is een ondernemersloket ingericht in het gemeentehuis.
H2	Wat heeft het gekost?	
CAPTION	Tabel 3.2 Baten en lasten Programma 3 Bestuur en Middelen (bedragen x € 1.000)
TBL	34,12,13,12,11,6	2	8	
TR	h	{rs=2}( - = lasten / nadeel )	{rs=2}Realisatie 2023	{cs=2}2024	{rs=2}Verschil	{rs=2}V/N
TR	h	Begroting na wijziging	Realisatie
TR	n	Baten	2.787	2.918	2.903	-15	N
TR	n	Lasten	-4.535	-4.638	-4.623	15	V
TR	b	Saldo van baten en lasten	-1.748	-1.720	-1.720	0	
TR	n	Toevoeging reserves	0	0	0	0	
TR	n	Onttrekking reserves	248	310	310	0	
TR	b	Mutaties reserves	248	310	310	0	
TR	t	Gerealiseerd resultaat	-1.500	-1.410	-1.410	0	
END
P	De onttrekking aan de reserve reorganisatie betreft de kosten van de nieuwe organisatie na de ontvlechting van de werkorganisatie.
H1	Programma 4 Fysieke Leefomgeving	p4
H2	Wat willen we bereiken?	
P	Voldoende en betaalbare woningen voor jong en oud, een aantrekkelijk dorpscentrum en een zorgvuldige omgang met het groene karakter en de monumenten van Wassenaar.
H2	Wat hebben we daarvoor gedaan?	
P	In 2024 zijn 86 woningen opgeleverd, waarvan 31 sociale huurwoningen. Er zijn 412 aanvragen voor een omgevingsvergunning behandeld. De sanering van de gemeentewerf is gestart; de kosten daarvan zijn gedekt uit de algemene reserve (€ 1.386.000).
H2	Wat heeft het gekost?	
CAPTION	Tabel 4.2 Baten en lasten Programma 4 Fysieke Leefomgeving (bedragen x € 1.000)
TBL	34,12,13,12,11,6	2	8	
TR	h	{rs=2}( - = lasten / nadeel )	{rs=2}Realisatie 2023	{cs=2}2024	{rs=2}Verschil	{rs=2}V/N
TR	h	Begroting na wijziging	Realisatie
TR	n	Baten	2.704	2.654	2.669	15	V
TR	n	Lasten	-6.498	-6.347	-6.284	63	V
TR	b	Saldo van baten en lasten	-3.794	-3.693	-3.615	78	V
TR	n	Toevoeging reserves	0	0	0	0	
TR	n	Onttrekking reserves	1.318	1.825	1.648	-177	N
TR	b	Mutaties reserves	1.318	1.825	1.648	-177	N
TR	t	Gerealiseerd resultaat	-2.476	-1.868	-1.967	-99	N
END
PAGE	portrait
H1	Programma 5 Natuur, Klimaat en Mobiliteit	p5
H2	Wat willen we bereiken?	
P	Een groen, schoon en duurzaam Wassenaar met veilige wegen en fietspaden. We willen minder restafval en meer hergebruik van grondstoffen.
H2	Wat hebben we daarvoor gedaan?	
P	De hoeveelheid restafval daalde naar 162 kilo per inwoner (2023: 171 kilo). Het aandeel gescheiden ingezameld afval steeg naar 61,4%. De kosten van afvalinzameling door Avalex vielen hoger uit dan begroot door een nacalculatie over 2023 (€ 214.880, N). Er is 3,2 kilometer fietspad vernieuwd langs de Katwijkseweg.
H2	Wat heeft het gekost?	
CAPTION	Tabel 5.2 Baten en lasten Programma 5 Natuur, Klimaat en Mobiliteit (bedragen x € 1.000)
TBL	34,12,13,12,11,6	2	8	
TR	h	{rs=2}( - = lasten / nadeel )	{rs=2}Realisatie 2023	{cs=2}2024	{rs=2}Verschil	{rs=2}V/N
TR	h	Begroting na wijziging	Realisatie
TR	n	Baten	9.636	10.274	10.284	10	V
TR	n	Lasten	-16.720	-17.244	-17.453	-209	N
TR	b	Saldo van baten en lasten	-7.084	-6.970	-7.169	-199	N
TR	n	Toevoeging reserves	0	0	0	0	
TR	n	Onttrekking reserves	274	420	342	-78	N
TR	b	Mutaties reserves	274	420	342	-78	N
TR	t	Gerealiseerd resultaat	-6.810	-6.550	-6.827	-277	N
END
H1	Algemene dekkingsmiddelen en overhead	adm
P	De algemene uitkering uit het gemeentefonds bedroeg € 47.119.091. Dat is € 2.959.599 meer dan in de begroting na wijziging (V), vooral door de decembercirculaire 2024 en de hogere uitkering voor de opvang van ontheemden. De opbrengst van de onroerendezaakbelasting voor woningen was € 8.925.676.
P	De overheadkosten waren € 311.090 lager dan begroot (V), doordat vacatures bij de afdelingen Financiën en ICT langer openstonden.
PAGE	portrait
H1	Paragraaf Lokale heffingen	ph
P	In deze paragraaf verantwoorden we de opbrengst van de gemeentelijke belastingen en heffingen in 2024. De tarieven zijn in 2024 met 3,2% verhoogd, zoals in de begroting was voorzien.
CAPTION	Tabel 8.1 Opbrengst belastingen en heffingen 2024 (x € 1.000)
TBL	44,16,14,12,6	1	8	
TR	h	Belasting of heffing	Begroting 2024 na wijziging	Realisatie 2024	Verschil	V/N
TR	n	OZB woningen	8.969	8.926	-43	N
TR	n	OZB niet-woningen	3.794	3.741	-53	N
TR	n	Hondenbelasting	206	201	-5	N
TR	n	Toeristenbelasting	2.590	2.744	154	V
TR	n	Precariobelasting	137	129	-8	N
TR	n	Afvalstoffenheffing	5.904	5.881	-23	N
TR	n	Riool- en waterzorgheffing	2.936	2.951	15	V
TR	n	Leges omgevingsvergunningen	1.810	1.536	-274	N
TR	n	Begraafrechten	56	61	5	V
TR	n	Marktgelden	35	33	-2	N
TR	b	Subtotaal bruto opbrengst	26.437	26.203	-234	N
TR	n	Kwijtschelding	-390	-382	8	V
TR	t	Netto opbrengst	26.047	25.821	-226	N
END
P	In 2024 zijn 341 verzoeken om kwijtschelding toegekend (2023: 322). Het totaal kwijtgescholden bedrag was € 381.906. De toeristenbelasting bracht meer op dan begroot door een recordaantal overnachtingen op de campings en in de hotels.
H2	Kostendekkendheid	
P	De afvalstoffenheffing en de riool- en waterzorgheffing mogen niet meer opbrengen dan de kosten. De werkelijke kostendekkendheid in 2024 was 97,4% voor de afvalstoffenheffing en 98,1% voor de riool- en waterzorgheffing. Het tekort op afval komt door de nacalculatie van Avalex.
H1	Paragraaf Weerstandsvermogen en risicobeheersing	pw
P	De beschikbare weerstandscapaciteit bestaat uit de algemene reserves en bedroeg op 31 december 2024 € 53.299.000. De benodigde weerstandscapaciteit op basis van de risico-inventarisatie is € 3.318.000. De ratio weerstandsvermogen is daarmee 16,1. Dat valt in klasse A: uitstekend. De raad hanteert een ondergrens van 2,0.
CAPTION	Tabel 8.2 Financiële kengetallen
TBL	52,13,13,14	1	8	
TR	h	Kengetal	Rekening 2023	Rekening 2024	Norm (categorie A)
TR	n	1a. Netto schuldquote	21%	19%	< 90%
TR	n	1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen	24%	22%	< 90%
TR	n	2. Solvabiliteitsratio	64%	66%	> 50%
TR	n	3. Structurele exploitatieruimte	1,12%	2,31%	> 0%
TR	n	4. Grondexploitatie	n.v.t.	n.v.t.	geen norm
TR	n	5. Belastingcapaciteit	170%	168%	< 95%
END
PAGE	portrait
H1	Paragraaf Verbonden partijen	pv
P	Wassenaar voert een deel van zijn taken uit via gemeenschappelijke regelingen. De tabel geeft de werkelijke bijdrage van Wassenaar en het eigen en vreemd vermogen en het resultaat van elke partij volgens haar eigen jaarrekening 2024. Alle bedragen in euro's.
CAPTION	Tabel 9.1 Verbonden partijen (bedragen in euro's)
TBL	30,11,11,12,13,11	2	7.5	
TR	h	{rs=2}Verbonden partij	{cs=2}Bijdrage Wassenaar	{cs=3}Gegevens verbonden partij 2024
TR	h	2023	2024	Eigen vermogen 31-12	Vreemd vermogen 31-12	Resultaat
TR	n	Veiligheidsregio Haaglanden (VRH)	2.187.302	2.291.448	18.410.220	96.310.545	1.204.118
TR	n	GGD Haaglanden en Veilig Thuis Haaglanden	548.120	571.866	3.215.400	41.872.300	-286.540
TR	n	Avalex	3.915.480	4.102.735	2.176.900	58.114.600	412.300
TR	n	Belastingsamenwerking Gouwe-Rijnland (BSGR)	476.905	497.310	1.128.640	5.210.775	96.215
TR	n	Omgevingsdienst Haaglanden (ODH)	512.640	538.227	2.410.010	24.887.000	151.980
TR	n	Servicepunt Jeugdhulp Haaglanden (SbJH)	192.410	201.583	0	3.140.860	0
TR	n	Recreatieschap Duin en Geest	339.075	351.540	1.075.058	2.645.942	48.372
TR	t	Totaal bijdragen	8.171.932	8.554.709			
END
NOTE	Bron: jaarrekeningen 2024 van de verbonden partijen (ontwerp). Een negatief resultaat is een tekort.
P	De GGD Haaglanden sloot 2024 af met een tekort. Het algemeen bestuur heeft besloten dit tekort te dekken uit de eigen reserves van de GGD; er is geen aanvullende bijdrage van de gemeenten nodig. Het Recreatieschap Duin en Geest is in 2024 als verbonden partij toegevoegd aan deze paragraaf.
PAGE	portrait
H1	Jaarrekening: overzicht van baten en lasten	jr
P	Het overzicht van baten en lasten vergelijkt de realisatie met de begroting na wijziging. Bedragen x € 1.000; lasten en nadelige bedragen staan tussen haakjes.
CAPTION	Tabel 10.1 Overzicht van baten en lasten 2024 (x € 1.000)
TBL	28,9,9,9,9,9,9,9,5	2	7.5	
TR	h	{rs=2}Programma	{cs=3}Begroting 2024 na wijziging	{cs=3}Realisatie 2024	{rs=2}Verschil saldo	{rs=2}V/N
TR	h	Baten	Lasten	Saldo	Baten	Lasten	Saldo
TR	n	P1 Veiligheid en Handhaving	149	(4.525)	(4.376)	146	(4.465)	(4.319)	57	V
TR	n	P2 Mens en Maatschappij	10.085	(41.656)	(31.571)	11.568	(43.258)	(31.690)	(119)	N
TR	n	P3 Bestuur en Middelen	2.918	(4.638)	(1.720)	2.903	(4.623)	(1.720)	0	
TR	n	P4 Fysieke Leefomgeving	2.654	(6.347)	(3.693)	2.669	(6.284)	(3.615)	78	V
TR	n	P5 Natuur, Klimaat en Mobiliteit	10.274	(17.244)	(6.970)	10.284	(17.453)	(7.169)	(199)	N
TR	b	Totaal programma's	26.080	(74.410)	(48.330)	27.570	(76.083)	(48.513)	(183)	N
TR	n	Algemene dekkingsmiddelen	59.109	(658)	58.451	61.947	(656)	61.291	2.840	V
TR	n	Overhead	3.689	(14.864)	(11.175)	3.693	(14.553)	(10.860)	315	V
TR	n	Heffing vennootschapsbelasting	0	0	0	0	0	0	0	
TR	n	Onvoorzien	0	(26)	(26)	0	0	0	26	V
TR	b	Saldo van baten en lasten	88.878	(89.958)	(1.080)	93.210	(91.292)	1.918	2.998	V
TR	n	Toevoegingen aan reserves	0	(2.500)	(2.500)	0	(2.500)	(2.500)	0	
TR	n	Onttrekkingen aan reserves	3.167	0	3.167	2.767	0	2.767	(400)	N
TR	t	Gerealiseerd resultaat	92.045	(92.458)	(413)	95.977	(93.792)	2.185	2.598	V
END
NOTE	De algemene dekkingsmiddelen, de overhead, de heffing vennootschapsbelasting en onvoorzien horen bij taakveld 0 en zijn apart zichtbaar gemaakt. Door afronding op duizenden euro's kunnen de bedragen afwijken van de bijlage per taakveld.
PAGE	portrait
H1	Balans per 31 december 2024	bal
CAPTION	Tabel 11.1 Balans (x € 1.000)
TBL	60,15,15	1	8	
TR	h	Activa	31 december 2024	31 december 2023
TR	s	{cs=3}Vaste activa
TR	n	Immateriële vaste activa	212	248
TR	n	Materiële vaste activa	96.418	91.730
TR	n	Financiële vaste activa	4.906	5.118
TR	b	Totaal vaste activa	101.536	97.096
TR	s	{cs=3}Vlottende activa
TR	n	Voorraden	0	0
TR	n	Uitzettingen met een rentetypische looptijd korter dan één jaar	6.734	7.912
TR	n	Liquide middelen	3.182	5.406
TR	n	Overlopende activa	4.271	3.890
TR	b	Totaal vlottende activa	14.187	17.208
TR	t	Totaal activa	115.723	114.304
TR	h	Passiva	31 december 2024	31 december 2023
TR	s	{cs=3}Vaste passiva
TR	n	Algemene reserves	53.299	53.212
TR	n	Bestemmingsreserves	7.145	6.026
TR	n	Gerealiseerd resultaat	2.185	1.473
TR	b	Eigen vermogen	62.629	60.711
TR	n	Voorzieningen	12.640	12.215
TR	n	Vaste schulden met een rentetypische looptijd van één jaar of langer	16.500	17.250
TR	b	Totaal vaste passiva	91.769	90.176
TR	s	{cs=3}Vlottende passiva
TR	n	Netto vlottende schulden met een rentetypische looptijd korter dan één jaar	16.636	17.224
TR	n	Overlopende passiva	7.318	6.904
TR	b	Totaal vlottende passiva	23.954	24.128
TR	t	Totaal passiva	115.723	114.304
END
NOTE	Het gerealiseerde resultaat 2023 is in 2024 na besluit van de raad toegevoegd aan de algemene reserve (zie de toelichting op de reserves).
H1	Toelichting reserves	res
CAPTION	Tabel 11.2 Verloop van de reserves in 2024 (x € 1.000)
TBL	36,11,12,11,11,11	2	7.5	
TR	h	{rs=2}Reserve	{rs=2}Stand 1 januari 2024	{cs=3}Mutaties 2024	{rs=2}Stand 31 december 2024
TR	h	Bestemming resultaat 2023	Toevoegingen	Onttrekkingen
TR	n	Algemene reserve (vrij besteedbaar)	45.212	1.473	0	-1.386	45.299
TR	n	Algemene reserve weerstandsvermogen	8.000	0	0	0	8.000
TR	b	Totaal algemene reserves	53.212	1.473	0	-1.386	53.299
TR	n	BR volkshuisvesting en duurzaamheid	604	0	0	-143	461
TR	n	BR kunstopdrachten	44	0	0	0	44
TR	n	BR uitvoering Sociaal domein	1.138	0	0	-412	726
TR	n	BR verkeersprojecten	96	0	0	-64	32
TR	n	BR egalisatie omgevingsvergunningen	1.402	0	0	-119	1.283
TR	n	BR grote projecten	1.955	0	2.500	-305	4.150
TR	n	BR reorganisatie	702	0	0	-310	392
TR	n	BR transitievisies klimaatakkoord	85	0	0	-28	57
TR	b	Totaal bestemmingsreserves	6.026	0	2.500	-1.381	7.145
TR	t	Totaal reserves	59.238	1.473	2.500	-2.767	60.444
END
P	De toevoeging aan de reserve grote projecten van € 2.500.000 is bestemd voor de combisporthal en de herinrichting van het dorpscentrum. De onttrekking aan de reserve uitvoering Sociaal domein dekt de extra inzet op vroegsignalering en het logeerhuis De Duinroos.
H1	Bijlage: baten en lasten per taakveld	tv
P	Onderstaand overzicht volgt de indeling in taakvelden van het Besluit begroting en verantwoording. Bedragen in euro's. Baten en lasten staan allebei als positief bedrag.
CAPTION	Tabel 12.1 Baten en lasten per taakveld 2024 (bedragen in euro's)
TBL	40,15,15,15,15	2	7.5	Tabel 12.1 Baten en lasten per taakveld 2024 (vervolg)
TR	h	{rs=2}Taakveld	{cs=2}Begroting 2024 na wijziging	{cs=2}Realisatie 2024
TR	h	Lasten	Baten	Lasten	Baten
TR	s	{cs=5}Programma 1 Veiligheid en Handhaving
TR	n	1.1 Crisisbeheersing en brandweer	2.845.814	0	2.798.430	0
TR	n	1.2 Openbare orde en veiligheid	1.679.017	149.112	1.666.921	145.900
TR	b	Subtotaal Programma 1 Veiligheid en Handhaving	4.524.831	149.112	4.465.351	145.900
TR	s	{cs=5}Programma 2 Mens en Maatschappij
TR	n	4.1 Openbaar basisonderwijs	79.270	0	77.400	0
TR	n	4.2 Onderwijshuisvesting	1.975.505	157.734	1.799.105	157.459
TR	n	4.3 Onderwijsbeleid en leerlingzaken	2.020.058	567.879	1.980.885	561.600
TR	n	5.1 Sportbeleid en activering	505.724	125.966	518.640	125.407
TR	n	5.2 Sportaccommodaties	2.465.558	1.112.497	2.226.918	1.086.125
TR	n	5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie	423.438	62.115	417.564	61.458
TR	n	5.5 Cultureel erfgoed	444.642	0	447.944	0
TR	n	5.6 Media	862.499	170.085	877.907	172.610
TR	n	6.1 Samenkracht en burgerparticipatie	5.069.420	1.501.925	6.156.680	2.606.425
TR	n	6.2 Wijkteams	2.281.102	313.452	2.243.792	319.252
TR	n	6.3 Inkomensregelingen	8.949.561	5.518.357	9.306.476	5.921.127
TR	n	6.4 Begeleide participatie	994.978	0	972.974	0
TR	n	6.5 Arbeidsparticipatie	966.979	0	954.646	0
TR	n	6.6 Maatwerkvoorzieningen (Wmo)	1.077.526	30.406	1.055.239	30.701
TR	n	6.71a Huishoudelijke hulp (Wmo)	2.083.470	149.498	1.899.260	149.240
TR	n	6.71b Begeleiding (Wmo)	715.981	0	731.950	0
TR	n	6.71c Dagbesteding (Wmo)	273.089	0	268.671	0
TR	n	6.71d Overige maatwerkarrangementen (Wmo)	574.893	0	579.827	0
TR	n	6.72a Jeugdhulp begeleiding	1.114.029	0	1.126.769	0
TR	n	6.72b Jeugdhulp behandeling	522.258	0	527.116	0
TR	n	6.72c Jeugdhulp dagbesteding	584.479	90.580	570.594	92.872
TR	n	6.72d Jeugdhulp zonder verblijf overig	1.388.443	0	1.676.058	0
TR	n	6.73a Pleegzorg	233.400	0	227.991	0
TR	n	6.73b Gezinsgericht	72.595	0	73.310	0
TR	n	6.73c Jeugdhulp met verblijf overig	802.770	0	1.415.154	0
TR	n	6.74a Jeugdhulp behandeling GGZ zonder verblijf	1.625.615	0	1.609.538	0
TR	n	6.74b Jeugdhulp crisis/LTA/GGZ-verblijf	526.789	0	538.766	0
TR	n	6.74c Gesloten plaatsing	323.002	0	330.119	0
TR	n	6.81a Beschermd wonen (Wmo)	346.221	0	340.138	0
TR	n	6.82a Jeugdbescherming	202.081	0	203.525	0
TR	n	6.82b Jeugdreclassering	87.061	0	85.763	0
TR	n	7.1 Volksgezondheid	2.063.756	284.818	2.016.843	283.996
TR	b	Subtotaal Programma 2 Mens en Maatschappij	41.656.192	10.085.312	43.257.562	11.568.272
TR	s	{cs=5}Programma 3 Bestuur en Middelen
TR	n	0.1 Bestuur	2.219.718	335.650	2.215.750	329.736
TR	n	0.2 Burgerzaken	1.644.272	539.673	1.629.174	553.174
TR	n	3.1 Economische ontwikkeling	458.871	0	462.375	0
TR	n	3.3 Bedrijvenloket en bedrijfsregelingen	178.805	136.076	178.869	133.443
TR	n	3.4 Economische promotie	135.894	1.906.363	136.990	1.886.546
TR	b	Subtotaal Programma 3 Bestuur en Middelen	4.637.560	2.917.762	4.623.158	2.902.899
TR	s	{cs=5}Programma 4 Fysieke Leefomgeving
TR	n	0.3 Beheer overige gebouwen en gronden	487.420	196.284	486.750	195.168
TR	n	7.4 Milieubeheer	1.697.377	385.275	1.707.142	391.039
TR	n	8.1 Ruimtelijke ordening	2.017.329	268.751	1.979.616	270.634
TR	n	8.2 Grondexploitatie (niet-bedrijventerreinen)	40.764	0	41.338	0
TR	n	8.3 Wonen en bouwen	2.103.731	1.803.754	2.069.410	1.811.849
TR	b	Subtotaal Programma 4 Fysieke Leefomgeving	6.346.621	2.654.064	6.284.256	2.668.690
TR	s	{cs=5}Programma 5 Natuur, Klimaat en Mobiliteit
TR	n	2.1 Verkeer en vervoer	5.555.849	507.270	5.560.741	514.862
TR	n	2.2 Parkeren	547.374	133.356	548.781	131.531
TR	n	5.7 Openbaar groen en (openlucht) recreatie	4.551.923	278.543	4.572.686	282.367
TR	n	7.2 Riolering	1.894.469	3.465.182	1.863.390	3.503.118
TR	n	7.3 Afval	4.570.992	5.843.840	4.785.872	5.807.019
TR	n	7.5 Begraafplaatsen en crematoria	123.879	45.474	121.733	45.214
TR	b	Subtotaal Programma 5 Natuur, Klimaat en Mobiliteit	17.244.486	10.273.665	17.453.203	10.284.111
TR	s	{cs=5}Algemene dekkingsmiddelen
TR	n	0.5 Treasury	18.228	1.614.430	18.013	1.600.239
TR	n	0.61 OZB woningen	335.941	8.968.975	334.422	8.925.676
TR	n	0.62 OZB niet-woningen	65.151	3.794.066	64.709	3.741.436
TR	n	0.64 Belastingen overig	96.659	572.414	94.317	560.560
TR	n	0.7 Algemene uitkering en overige uitkeringen gemeentefonds	0	44.159.492	0	47.119.091
TR	n	0.8 Overige baten en lasten	168.166	0	144.574	0
TR	b	Subtotaal Algemene dekkingsmiddelen	684.145	59.109.377	656.035	61.947.002
TR	s	{cs=5}Overhead
TR	n	0.4 Overhead	14.863.625	3.688.528	14.552.535	3.692.853
TR	b	Subtotaal Overhead	14.863.625	3.688.528	14.552.535	3.692.853
TR	b	Totaal taakvelden	89.957.460	88.877.820	91.292.100	93.209.727
TR	n	0.10 Mutaties reserves	2.500.000	3.167.000	2.500.000	2.767.000
TR	t	0.11 Resultaat van de rekening van baten en lasten	0	412.640	2.184.627	0
END
NOTE	Bij taakveld 0.11 staat een voordelig resultaat in de kolom lasten en een nadelig resultaat in de kolom baten, zodat de totalen sluiten. In de begroting 2024 na wijziging is bij taakveld 0.8 € 26.000 voor onvoorzien opgenomen.
