"""Write the fictional Twenterand "Programmabegroting 2021, programma Sociaal Domein" as a plain-text web export in
the notation of the 2020 export in the corpus: one line per paragraph, the doelenboom headings, empty
"Zo gaan we dat doen" blocks (collapsed on the web page), indicator tables as space-separated lines with
non-breaking spaces in group rows, taakveld lists under "Financieel overzicht" and the single money table
"Overzicht 3.1" in whole euros with baten printed negative.  No trailing newline, as in the 2020 export.

Usage: python gen_twenterand_txt.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

import data as d
from fmt import nl_int

NB = "\u00a0"


def ind_table(header, rows):
    out = [header]
    for r in rows:
        if r[0] == "group":
            out.append(f"{NB} {r[1]}")
        elif r[0] == "plain":
            out.append(r[1])
        else:
            label, vals, bron = r
            out.append(" ".join([label] + vals + ([bron] if bron else [])))
    return "\n".join(out)


def money_row(label, vals):
    return " ".join([label] + [nl_int(v) for v in vals])


def overzicht():
    L, B = d.T_LASTEN, d.T_BATEN
    rows = ["Overzicht 3.1 Baten en lasten Sociaal domein", " ".join(d.T_YCOLS), "Lasten per doelenboom"]
    rows += [money_row(k, v) for k, v in L.items()]
    rows.append(money_row("Totaal programma lasten", d.T_TOT_L))
    rows.append("Baten per doelenboom")
    rows += [money_row(k, v) for k, v in B.items()]
    rows.append(money_row("Totaal programma baten", d.T_TOT_B))
    rows.append(money_row("Totaal saldo van baten en lasten", d.T_SALDO))
    rows.append(money_row("Mutaties reserves", d.T_MUT_RES))
    rows.append(money_row("Geraamd resultaat", d.T_RESULT))
    return "\n".join(rows)


ZGD = "Zo gaan we dat doen"
TRANS21 = nl_int(d.T_TRANSFORMATIE_2021)
TRANS24 = nl_int(d.T_LASTEN["Transformatie sociaal domein"][3])
WL = f"{d.T_WERKLOOSHEID:.1f}".replace(".", ",")

H3 = "Beleidsdoelen Begroot 2021 Begroot 2020 2019 2018 2017 Bron"

TEXT = f"""Programma Sociaal Domein

Inleiding

Het sociaal domein is volop in beweging, ook in Twenterand.{NB}{NB}Met het sociaal domein bedoelen we de zorg en ondersteuning, werk en inkomen, (passend) onderwijs en overig preventief beleid rond jeugd en gezondheid. Deze onderwerpen vormen dit programma. Dit programma streeft er naar dat onze inwoners zo veel mogelijk zelf hun dagelijkse dingen kunnen doen en participeren én daar zelf de regie over voeren. Zowel thuis, in de buurt, bij een vereniging of organisatie of in het werk. Waar dat niet lukt worden inwoners hierbij geholpen of ondersteund. We zijn als gemeente een vangnet voor kwetsbare inwoners. De inhoudelijke visie voor dit programma staat in onze integrale beleidsnota Sociaal Domein 2019-2022.

Onze programma-opgave wordt in hoofdlijnen omschreven als de focus op inhoudelijke vernieuwing met een andere cultuur en werkwijzen in het sociale domein. Dit heet met een ander woord ook wel de transformatie van het sociaal domein. We zijn op weg naar een duurzaam vernieuwd en betaalbaar sociaal stelsel en zorglandschap. Vernieuwen en besparen gaan hand in hand. We realiseren samen met partners vrij toegankelijke voorzieningen op maat, bevorderen innovatie en ondersteunen de eigen kracht van individuen en gezinnen. In ons Transformatieprogramma sociaal domein is dit nader uitgewerkt.

Het jaar 2020 stond in het teken van de coronacrisis. De gevolgen daarvan zijn ook in 2021 merkbaar in het sociaal domein: meer inwoners doen een beroep op een uitkering of op schuldhulpverlening, zelfstandig ondernemers maken gebruik van de Tozo en eenzaamheid onder ouderen en jongeren neemt toe. Tegelijk is er nog steeds een stevige financiële opgave. Er is nog geen structurele financiering vanuit het Rijk en de herverdeling van het gemeentefonds is uitgesteld, hetgeen een groot risico blijft in het meerjarenbeeld. Met de aanwezige kostenstijgingen, vooral in de jeugdhulp, is bijsturing daarom nog steeds urgent. Hierbij kijken we naar preventie, de rol van een ieder waaronder de gemeente en integrale oplossingen op maat (1 gezin, 1 plan,1 regie) en vooral ook samenwerking in en buiten het sociale domein.

Ten opzichte van de programmabegroting 2020 is het ontwikkelprogramma Transformatie Sociaal Domein nu als aparte regel in het overzicht van baten en lasten opgenomen, zodat zichtbaar is wat we aan de transformatie uitgeven. De regel baten Gezondheidszorg is vervallen, omdat daar geen baten tegenover staan.

Doelenboom Sociale Zaken

Doelenboom

Inhoudelijk perspectief

Belangrijkste focus is dat inwoners meedoen en financieel zelfredzaam zijn. Veel inwoners met een kwetsbare arbeidsmarktpositie komen nog steeds moeilijk of niet aan de slag. In Twenterand was de werkgelegenheid de afgelopen jaren toegenomen en de werkloosheid gedaald. Door de coronacrisis is de werkloosheid in Twenterand in 2020 weer opgelopen tot {WL}%. We verwachten dat het aantal inwoners met een bijstandsuitkering in 2021 verder stijgt. Er zijn nog (te) veel inwoners met een kwetsbare arbeidsmarktpositie.

De gemeente Twenterand wil een inclusieve arbeidsmarkt realiseren. Hierin wordt iedereen met arbeidsvermogen in staat gesteld om mee te doen op de arbeidsmarkt. Om dit te realiseren moeten organisaties en ondernemers inclusief gaan denken en inwoners zoveel mogelijk in staat stellen om een bijdrage te leveren. Dit ook als het gaat om duurzame plekken voor mensen met een arbeidsbeperking of (grote) afstand tot de arbeidsmarkt. Hiervoor is draagvlak en creativiteit nodig.

Zelfstandig ondernemers die door de coronamaatregelen inkomsten verliezen, kunnen een beroep doen op de Tijdelijke overbruggingsregeling zelfstandig ondernemers (Tozo). De uitvoering daarvan is in 2020 in korte tijd opgezet. Voor 2021 gaan we uit van een kleiner aantal aanvragen; de kosten van de Tozo worden door het Rijk vergoed.

Het lokale minimabeleid helpt de inwoners met minder budget om bijvoorbeeld te kunnen sporten of een bezoek te brengen aan het museum maar ook wanneer er schulden zijn{NB}, het voorkomen van schulden of hulp bij de betaling van bijzondere kosten van het bestaan.{NB} Het minimabeleid biedt ondersteuning zodat iedere inwoner mee kan doen. Vanaf 1 januari 2021 is vroegsignalering van schulden een wettelijke taak; signalen van betalingsachterstanden bij huur, energie, water en zorgverzekering komen dan bij de gemeente binnen.

{NB} 

Beoogd maatschappelijk effect

Participerende en financieel zelfredzame inwoners

{NB} 

Doel: Naar vermogen participerende doelgroep Participatiewet In de maatschappij

Het doel van de Participatiewet is om mensen zoveel mogelijk te laten participeren op de reguliere arbeidsmarkt. De gemeente kan voor iedereen dezelfde instrumenten en voorzieningen inzetten. Hierbij wordt zoveel mogelijk uit gegaan van de eigen kracht van de inwoner.

Doel: Financieel en sociaal zelfredzame inwoners

Het hebben van werk of een zinvolle dagbesteding is een van de dingen die meedoen in de samenleving mogelijk kan maken. Het zorgt voor ritme en structuur en het geeft eigenwaarde. We willen dat elke inwoner van de gemeente Twenterand de mogelijkheid krijgt om naar vermogen mee te doen aan de samenleving. We ondersteunen inwoners die niet zelf in hun levensonderhoud kunnen voorzien met een uitkering. Voor de meest kwetsbaren uit onze samenleving ligt er een opgave wat betreft het vinden van passend werk.
Kinderen moeten zich kunnen ontplooien, hun eigen mogelijkheden ontdekken en ontwikkelen en volop mee kunnen doen in de samenleving. Belangrijk is dat zij perspectief houden op een gelukkig leven. Elk kind moet niet alleen kunnen beschikken over voedsel, kleding en andere basisbehoeften, maar moet ook mee kunnen op schoolreis, lid van de bibliotheek kunnen worden en bijvoorbeeld wekelijks kunnen sporten of muziek maken.

{NB} 

Subdoel: De zelfredzaamheid van de doelgroep participatiewet is bevorderd middels eigen kracht en de arbeidscapaciteit is geoptimaliseerd

{ZGD}

Subdoel: Inwoners met onvoldoende draagkracht beschikken over voldoende middelen om te participeren

De gemeente Twenterand heeft met de investering van het Minimabeleid de afgelopen jaren een stevige basis neergezet. In 2021 richten we ons vooral op preventie, op de nieuwe wettelijke taak vroegsignalering en op inwoners die door de coronacrisis voor het eerst met een laag inkomen te maken krijgen.

{ZGD}

Subdoel: Bijstandsgerechtigden beschikken ten minste (gezamenlijk) over een inkomen op bijstandsniveau

{ZGD}

Subdoel: Afname van het aantal inwoners met niet beheersbare problematische schulden

{ZGD}

Subdoel: Zelfstandig ondernemers met inkomensverlies door corona zijn tijdelijk ondersteund

{ZGD}

Subdoel: Nieuwe Twenteranders hebben huisvesting en maatschappelijke begeleiding en zijn ingeburgerd

{ZGD}

Metingen en verplichte indicatoren

Personen met een bijstandsuitkering ( per 1000 inwoners)

Personen met een lopend reintegratietraject (15-65 jr. per 1000 inw.)

{ind_table(H3, d.T_IND_SZ)}

Financieel overzicht

0.10 Mutaties reserves
0.4 Overhead
0.7 Algemene uitkeringen en overige uitkeringen gemeentefonds
6.3 Inkomensregelingen
6.4 Begeleide participatie
6.5 Arbeidsparticipatie

Doelenboom Maatschappelijke ondersteuning

Doelenboom

Inhoudelijk perspectief

In de komende jaren wordt als ontwikkeling gezien de vergrijzing, het langer zelfstandig wonen en het toenemen van (rijks)taken op lokaal niveau. De doordecentralisatie van beschermd wonen en maatschappelijke opvang, eerder voorzien in 2021, is door het Rijk uitgesteld naar 1 januari 2023. De financiële opgaven op het gebied van de decentralisaties zijn voor de aankomende jaren fors en brengen grote risico’s met zich mee. Daarom zijn we al geruime tijd bezig met vernieuwing en verandering, transformatie. Inwoners worden gestimuleerd en ondersteund om nog meer op eigen kracht en samen met het eigen netwerk te komen tot oplossingen. De inwoner en zijn omgeving staan daarbij centraal. We{NB} stimuleren inwoners om hun eigen mogelijkheden en verantwoordelijkheden in te zetten. Door een toename van de eigen kracht en samen kracht, wordt in de toekomst minder aanspraak gemaakt op maatwerkvoorzieningen en wordt meer beroep gedaan op vrij toegankelijke voorzieningen in het ‘voorveld’. Het inzetten van preventie en het versterken van het voorveld blijft een belangrijke opdracht voor de komende jaren. De rol van de gemeente is om ondersteuning te blijven bieden daar waar het echt nodig is. Regie én samenwerking lokaal en regionaal zijn nodig om deze opgave het hoofd te bieden. Met het Twents model, waarmee we sinds 2019 werken, sturen we op resultaat en kunnen we meer{NB} maatwerk bieden voor de inwoner. Het abonnementstarief in de Wmo leidt tot een groeiend aantal aanvragen voor hulp bij het huishouden. Door afnemende rijksmiddelen en toenemende kosten blijft het financiële meerjarenperspectief voor het sociaal domein somber. In 2018 is de integrale beleidsnota sociaal domein vastgesteld, met daarin de volgende thema’s: omkijken naar elkaar, economisch vitale inwoners, iedereen doet mee en thuis is het fijn en veilig. Deze thema’s dragen bij aan verdere transformatie van het sociaal domein en om de grote financiële tekorten te beperken.

Beoogd maatschappelijk effect

Inwoners zijn zo lang en zoveel mogelijk zelfredzaam

Doel: Inwoners wonen langer zelfstandig thuis

Wij streven als Twenterand na dat inwoners zo lang mogelijk zelfredzaam blijven. Daartoe werken we er aan om de inwoners zo lang dit mogelijk en wenselijk is zelfstandig thuis te laten wonen. We voorzien zo goed mogelijk, direct of indirect, in de diverse ondersteuningsbehoeften van inwoners. We zorgen voor goed ingerichte woonservicegebieden. We ondersteunen mantelzorgers en vrijwilligers om in dit doel te voorzien.

Doel: Inwoners voorzien in hun ondersteuningsbehoefte

Het doel van de Wet maatschappelijke ondersteuning (Wmo) is dat inwoners worden voorzien in hun ondersteuningsbehoefte. Inwoners worden gestimuleerd en ondersteund om nog meer op eigen kracht en samen met het eigen netwerk te komen tot oplossingen. De inwoner en zijn omgeving staan daarbij centraal. Daar waar nodig zetten we een maatwerkvoorziening in om in de ondersteuningsbehoefte van de inwoner te voorzien.

Doel: Inwoners zijn zich bewust van eigen verantwoordelijkheid nu en in de toekomst

We bevorderen het bewustzijn onder de inwoners van hun eigen verantwoordelijkheden en bevoegdheden.{NB} Inwoners worden gestimuleerd en ondersteund om in eerste instantie op eigen kracht en gezamenlijk met de mensen uit hun omgeving tot oplossingen voor problemen te komen.

Subdoel: Maatwerkvoorzieningen zijn toereikend

{ZGD}

Subdoel: Algemene maatschappelijke voorzieningen zijn toegankelijk en toereikend

{ZGD}

Subdoel: Het gebruik van de vier woonservicegebieden

{ZGD}

Subdoel: Er is meer aanspraak gedaan op informele zorg (mantelzorg en vrijwilligers)

{ZGD}

Subdoel: Inwoners met een ondersteuningsvraag op meerdere leefgebieden krijgen één aanspreekpunt

{ZGD}

Metingen en verplichte indicatoren

Wmo-cliënten met een maatwerkarrangement

{ind_table(H3, d.T_IND_MO)}
*In 2018 is er op een andere manier en met een ander systeem geregistreerd. De korte contacten zoals doorverwijzingen, korte vragen en deelname aan cursussen zijn niet meer meegenomen om een beter beeld te krijgen van de individueel ondersteunde mantelzorger.

Financieel overzicht

0.10 Mutaties reserves
6.1 Samenkracht en burgerparticipatie
6.2 Wijkteams
6.6 Maatwerkvoorziening (WMO)
6.71 Maatwerkdienstverlening 18+
6.81 Geëscaleerde zorg 18+

Doelenboom Gezondheidszorg

Doelenboom

Inhoudelijk perspectief

We streven naar gezonde inwoners, nu en in de toekomst. Volgens het concept voor positieve gezondheid, is gezondheid “het vermogen zich aan te passen en een eigen regie te voeren, in het licht van de fysieke, emotionele en sociale uitdagingen van het leven”. Positieve gezondheid is een brede opvatting over gezondheid en raakt daarmee veel facetten van het leven en laat zien dat ondersteuning van diverse partijen/netwerk nodig (kunnen) zijn voor gezondheid. Meedoen aan de participatiesamenleving staat voorop.

Gezondheid is in eerste instantie een verantwoordelijkheid van inwoners zelf. De gemeente voert regie en is wettelijk verantwoordelijk voor het op peil houden van de bescherming van de gezondheid van inwoners. De coronacrisis heeft laten zien hoe belangrijk die taak is: samen met de GGD Twente zorgen we voor bron- en contactonderzoek, voorlichting en testmogelijkheden dichtbij huis. Ook zetten we net als in het gehele sociaal domein in op preventie, zodat gezondheidsklachten en inzet van zorg zoveel mogelijk wordt voorkomen.

Bij het voorkomen van gezondheidsklachten blijven komende jaren de volgende thema’s spelen: leefstijl, gezondheid en milieu, sociaal economische gezondheidsverschillen, kwetsbare en eenzame ouderen, mentale gezondheid van jongeren en gezondheid van statushouders (in relatie tot integratie).

Gezondheid is nauw verbonden met andere leefgebieden van inwoners. Dit maakt een integrale aanpak voor het verbeteren van de gezondheid noodzakelijk. Vooral op de aspecten participatie, eigen kracht en zelfredzaamheid zien wij kansen voor verbindingen met het sociaal domein. Ons lokale gezondheidsbeleid zet deze lijn voort en kijkt naar integratie met beleidsdocumenten in het sociaal domein. Maar ook met andere ontwikkelingen zoals het ontwikkelprogramma invoering omgevingswet (zie doelenboom bouwen, wonen, ruimtelijke ontwikkeling en VTH).

Het scheidingsloket dat in het coalitieakkoord is aangekondigd, is in 2020 van start gegaan. Partners, hun kinderen en hun omgeving worden bij een (echt)scheiding toegerust, gefaciliteerd en begeleid in de overgang naar de nieuwe situatie, met continue aandacht voor het belang en de positie van het kind.

Beoogd maatschappelijk effect

Inwoners zijn lichamelijk, geestelijk en sociaal gezond.

Doel: De gezondheid en vitaliteit van inwoners is bevorderd

Volgens het concept voor positieve gezondheid, is gezondheid “het vermogen zich aan te passen en een eigen regie te voeren, in het licht van de fysieke, emotionele en sociale uitdagingen van het leven”. Gezondheid is nauw verbonden met andere leefgebieden van inwoners. Dit maakt een integrale aanpak voor het verbeteren van de gezondheid noodzakelijk. Voor de gemeente is het van belang dat haar inwoners gezond en vitaal zijn. Door het bevorderen van gezondheid en vitaliteit kunnen zorgkosten verminderen en soms wel voorkomen worden. Inwoners die gezond en vitaal zijn kunnen daarnaast een grote bijdrage leveren aan de samenleving door bijvoorbeeld het uitvoeren van vrijwilligerswerk.

Doel: De gezondheid van inwoners is beschermd

Naast het bevorderen van de gezondheid en vitaliteit van inwoners is het ook nodig om deze gezondheid te beschermen. Er zijn meerdere bedreigingen die de gezondheid van mensen kunnen schaden, zoals infectieziekten. Door het organiseren van beschermingsmaatregelen probeert de gemeente dit te voorkomen. Gezondheidsbescherming is het geheel van activiteiten en maatregelen dat er toe bijdraagt dat mensen minder worden blootgesteld aan schadelijke omstandigheden.

{NB} 

Subdoel: Inwoners zijn zich bewust van de invloed van leefstijl op hun gezondheid

Leefstijl is de manier van leven van een individu. Inwoners zijn zich niet altijd bewust van de invloed die een bepaalde leefstijl kan hebben op de gezondheid en vitaliteit van hun persoon. Door middel van voorlichting en preventieve activiteiten wordt deze bewustwording ondersteund.

{ZGD}

Subdoel: Het zorgnetwerk biedt vroegtijdige ondersteuning

{ZGD}

Subdoel: Hulp in nood is geboden waar nodig

Naast het organiseren van preventieve activiteiten en het ondersteunen van inwoners is specifieke hulp soms nodig. Inwoners redden het niet altijd alleen en zijn dan afhankelijk van voorzieningen. De gemeente heeft er voor gekozen op bepaalde gebieden deze hulp aan te bieden.

{ZGD}

Metingen

{ind_table(H3, d.T_IND_GZ)}

Financieel overzicht

0.10 Mutaties reserves
0.4 Overhead
6.2 Wijkteams
7.1 Volksgezondheid

Doelenboom Onderwijs

Doelenboom

Inhoudelijk perspectief

De samenleving verandert snel en “een leven lang leren” is aan de orde. We willen als gemeente dat onze inwoners in staat worden gesteld om zelfredzaam te zijn en deel te nemen aan de samenleving.
De opgave hierin is dat onze inwoners aanwezige ontwikkelingskansen gebruiken voor een zo goed mogelijke positie op de arbeidsmarkt. Hiervoor moeten we de komende jaren blijven investeren in het verder naar beneden brengen van laaggeletterdheid.{NB} In 2021 openen we samen met de bibliotheek een Digitaal Taalhuis, waar inwoners terecht kunnen voor hulp bij lezen, schrijven en het gebruik van de computer. Met de harmonisatie van de peuterspeelzalen en kinderopvangorganisaties is een kwaliteitsslag ingezet welke de komende jaren verder vorm krijgt. Vanaf augustus 2020 hebben doelgroeppeuters recht op 16 uur voorschoolse educatie per week. De doorgaande lijn van voorschoolse voorzieningen naar schoolse voorzieningen wordt verbeterd ten behoeve van goed en toegankelijk onderwijs.

Beoogd maatschappelijk effect

Iedere inwoner is zo lang en zoveel mogelijk zelfredzaam

Doel: Onderwijsachterstanden zijn teruggedrongen

Het doel van onderwijsachterstandenbeleid is in een vroegtijdig stadium achterstanden en problemen bij kinderen signaleren. Zo kan tijdig de juiste ondersteuning geboden worden en hebben kinderen op vervolgonderwijs een betere start.{NB} Tevens hopen we met deze preventieve inzet in de toekomst{NB} minder vaak jeugdhulpvoorzieningen in te zetten.

Doel: Laaggeletterdheid is afgenomen

Laaggeletterden zijn niet in staat gedrukte of geschreven informatie te gebruiken en kunnen hierdoor minder goed functioneren in de
samenleving, thuis en op het werk. Onze doelstelling is om te komen tot een vermindering van de laaggeletterdheid in Twenterand met als resultaat een grotere kans op geluk, gezondheid en groei van onze inwoners. Daarbij richten we ons in 2021 ook op digitale vaardigheden.{NB}

{NB} 

Doel: Onderwijsvoorzieningen zijn toegankelijk

De voorzieningen voor onderwijshuisvesting en leerlingenvervoer voldoen aan de normen die in de lokale verordeningen zijn vastgelegd. In 2021 stellen we een nieuw Integraal Huisvestingsplan onderwijs op. Tevens zorgt de gemeente dat er in specifieke gevallen extra ondersteuning beschikbaar is voor kinderen in
aanvulling op een passende onderwijsplek, zoals het passend onderwijs beoogt.

Subdoel: Zoveel mogelijk kinderen van 2½ - 4 jaar krijgen een aanbod

{ZGD}

Subdoel: Inwoners verlaten het onderwijs met een start kwalificatie

{ZGD}

Subdoel: afname van het aantal inwoners die laaggeletterd zijn

{ZGD}

Subdoel: Onderwijshuisvesting en leerlingenvervoer voldoet aan vastgestelde norm

{ZGD}

Subdoel: Kinderen krijgen een passende onderwijsplek en afgestemde (jeugd)hulp/zorg

{ZGD}

Metingen

{ind_table("Beleidsdoelen Begroot 2021 Begroot 2020 2019 Bron", d.T_IND_OW)}

Financieel overzicht

0.10 Mutaties reserves
0.4 Overhead
4.1 Openbaar basisonderwijs
4.2 Onderwijshuisvesting
4.3 Onderwijsbeleid en leerlingzaken
6.1 Samenkracht en burgerparticipatie

Doelenboom Jeugd

Doelenboom

Inhoudelijk perspectief

Met de meeste jeugdigen en gezinnen in onze gemeente gaat het goed. De samenleving zal de komende jaren echter blijven veranderen en van invloed zijn op het welzijn van jeugdigen en gezinnen binnen onze gemeente. Een deel van hen zal extra ondersteuning nodig hebben. De coronamaatregelen hebben bij een deel van de jongeren geleid tot eenzaamheid, somberheid en spanningen thuis.

Om zoveel mogelijk te voorkomen dat jeugdigen extra ondersteuning nodig hebben, zet de gemeente in op een sterk (vrij toegankelijk) voorliggend veld. Het (outreachend) jongerenwerk maakt hier een belangrijk onderdeel vanuit. Aanvullend hierop investeert de gemeente in jongereninlopen. Jongereninlopen vormen een belangrijke vindplek voor kwetsbare jongeren en kunnen voorkomen dat jongeren op straat hangen en overlast veroorzaken.

Het liefst willen we alle jeugdigen een veilige en stabiele thuisomgeving bieden en jeugdigen zoveel mogelijk thuis of in een thuisomgeving laten opgroeien. Het kan gebeuren dat jeugdigen (tijdelijk) niet thuis kunnen wonen, de inzet is dan om jeugdigen wel 'zo thuis mogelijk' te laten opgroeien in bijvoorbeeld een pleeggezin of gezinshuis.

De kosten van de jeugdhulp blijven stijgen. Het aantal jeugdigen met jeugdhulp neemt toe en de hulp duurt langer. Samen met de Twentse gemeenten werken we aan het regionale actieplan jeugd, met afspraken over de toegang, de inzet van de praktijkondersteuner jeugd bij huisartsen en het terugdringen van langdurige trajecten.

Vanuit het landelijke programma{NB} 'Samen tegen mensenhandel' en het Interbestuurlijk Programma (IBP) moeten alle gemeenten in Nederland uiterlijk in 2022 beleid hebben ontwikkeld over hoe om te gaan met mensenhandel. Dit wordt regionaal opgepakt. Het regionale meldpunt Loverboyproblematiek/Mensenhandel is in 2020 gerealiseerd. Hiermee voldoen wij aan de minimale eisen vanuit het landelijke programma en zal{NB} de verdere aanpak tegen mensenhandel{NB} ondersteund worden{NB}

Vanuit de Regio wordt samengewerkt rondom de inkoop van geïndiceerde zorg Jeugd. Met de komst van het Twents model in 2019 werken we meer resultaatgericht en kunnen we meer{NB} maatwerk bieden voor de inwoner.{NB} Meer informatie m.b.t. het Twents model is opgenomen in de doelenboom Maatschappelijke ondersteuning. {NB}

Beoogd maatschappelijk effect

Evenwichtig opgroeiende jeugd, die actief deelneemt aan de maatschappij.

Doel: Er zijn voldoende ontwikkelingsmogelijkheden voor de jeugd op alle leefgebieden

De meeste jeugdigen groeien probleemloos op, ouders zijn hiervoor als eerste verantwoordelijk. Daarnaast zijn er voldoende voorzieningen op het gebied van sport, welzijn, cultuur, educatie, gezondheid en vrije tijd waarin de Twenterandse jeugd zich kan ontwikkelen.

Doel: Er is preventie van problemen bij jeugd

De gemeente wil voorkomen dat lichte opvoed- of opgroeivragen uitgroeien tot zorgvragen.

Doel: Waar nodig is er ondersteuning en zorg voor jeugdigen en ouders

Voor ouders en jeugdigen waarvoor het niet vanzelfsprekend is dat alles vanzelf goed verloopt, is aanvullende ondersteuning of zorg nodig om ook voor hen de kans om evenwichtig op te groeien mogelijk te maken of te vergroten. We streven naar effectieve en efficiënte ondersteuning en zorg waarmee we de eigen kracht van ouders en jeugdigen versterken met als doel dat ze zo snel mogelijk en zo goed mogelijk hun eigen leven (weer) vorm kunnen geven. De gemeente heeft op grond van de Jeugdwet een jeugdhulpplicht, die waarborgt dat jeugdigen de hulp ontvangen die zij nodig hebben.

Subdoel: Er is een betrokken en draagkrachtige sociale omgeving

{ZGD}

Subdoel: Jeugdigen die zich ophouden in openbare ruimte worden, zo nodig, gericht ondersteund

{ZGD}

Subdoel: Er zijn voor alle jeugdigen voldoende toegankelijke basisvoorzieningen gericht op activering en preventie

{ZGD}

Subdoel: Er is een sluitende keten van tijdige vroegsignalering en doorgeleiding naar ondersteuning en zorg

{ZGD}

Subdoel: Jeugd in (tijdelijk) kwetsbare posities wordt ondersteund

{ZGD}

Subdoel: Er is een veilige opgroei- en opvoedsituatie in gezinnen

{ZGD}

Metingen en verplichte indicatoren

Jongeren t/m 18 jaar met jeugdhulp

Jongeren t/m 18 jaar met jeugdbescherming

Jongeren met jeugdreclassering

Jongeren met een delict voor de rechter

Jeugdwerkloosheid

{ind_table("Beleidsindicatoren Begroot 2021 Begroot 2020 2019 2018 2017 Bron", d.T_IND_JG)}
Nieuwe indicatoren 2021
Er is een praktijkondersteuner jeugd actief bij alle huisartsenpraktijken in Twenterand
Het regionale actieplan jeugd is vastgesteld en de afspraken over de toegang zijn uitgevoerd
Er is een aanbod voor jongeren met eenzaamheids- en somberheidsklachten als gevolg van corona
* In samenwerking met professionals.

Financieel overzicht

0.10 Mutaties reserves
0.4 Overhead
0.7 Algemene uitkeringen en overige uitkeringen gemeentefonds
6.1 Samenkracht en burgerparticipatie
6.2 Wijkteams
6.72 Maatwerkdienstverlening 18-
6.82 Geëscaleerde zorg 18-

Doelenboom ontwikkelprogramma Transformatie Sociaal Domein

Doelenboom

Inhoudelijk perspectief

Het doel van het ontwikkelprogramma transformatie is om samen met onze inwoners en samenwerkingspartners te komen tot nieuwe oplossingen, nieuwe vormen van samenwerking en ondersteuningsvormen, met als doel het nog beter, efficiënter en doelmatiger ondersteunen van inwoners die dit nodig hebben.{NB} Dit doen we op basis van een visie in combinatie met ervaringen uit de praktijk. We willen het transformatie proces gezamenlijk met alle betrokkenen afleggen. Binnen de transformatie is ook juist ruimte om te experimenteren. In de transformatie staat net als in de andere doelenbomen onze inwoners centraal.

De thema’s van de Integrale Beleidsnota Sociaal Domein zijn hierin verweven. Wanneer er sprake is van complexe opgaven dan wel verkenningen en/of innovaties en cultuurveranderingen of thema's die ons inziens in nauwe samenhang moeten worden uitgevoerd dan is gekozen voor clustering onder dit ontwikkelprogramma. Voor het ontwikkelprogramma is in 2021 € {TRANS21} beschikbaar; dit bedrag loopt af naar € {TRANS24} in 2024, omdat de transformatie dan onderdeel moet zijn van het reguliere werk. Nieuw in 2021 zijn de pilot met een praktijkondersteuner jeugd bij de huisartsen en de inzet van een schuldhulpmaatje bij gezinnen met beginnende schulden.

Beoogd Maatschappelijk effect:

Onze inwoners zijn zelf- en samenredzaam. Zij maken gebruik van de voorzieningen binnen de gemeente, licht waar mogelijk, zwaar waar nodig.

Doel: Omkijken naar elkaar

Voor onze inwoners willen we een betrokken sociale omgeving en sterke netwerkstructuur. Een omgeving en structuur waarin iedereen gezien wordt. Waar inwoners bereid zijn om anderen die dat nodig hebben (tijdelijk) te helpen, zowel informeel als professioneel. Een sterke sociale omgeving en netwerkstructuur werken preventief voor alle inwoners en dragen bij aan vroegsignalering.

Doel: Thuis is het fijn en veilig

Over het algemeen willen mensen het liefst zo lang mogelijk thuis blijven wonen, in de vertrouwde eigen woon- en leefomgeving. Dit geldt niet alleen voor ouderen, maar ook voor jeugdigen, chronisch zieken of mensen met een beperking. Dit betekent wel dat er soms ondersteuning nodig is om fijn en veilig thuis te kunnen blijven wonen. Voor mensen die het nodig hebben organiseren we dichtbij zorg en ondersteuning. In het uiterste geval wordt gekeken naar een andere geschikte woonplek, maar altijd ‘zo thuis mogelijk’

Doel: Iedereen doet mee

In Twenterand willen we dat iedereen mee kan doen in de samenleving. De meeste inwoners hebben een sociaal netwerk en zorgen voor hun eigen levensonderhoud. Maar niet voor iedereen is werken en/ of meedoen aan de samenleving vanzelfsprekend. Dit omdat ze te maken hebben met belemmeringen als gevolg van een fysieke of verstandelijke beperking, psychische problematiek of schulden. Of omdat ze als nieuwkomer pas in Nederland zijn en zich de taal en gebruiken nog eigen moeten maken. Met de nieuwe Wet inburgering, die per 1 januari 2022 ingaat, krijgt de gemeente de regie over de inburgering terug. Mocht meedoen niet op eigen kracht lukken dan werken we eraan om de belemmeringen voor onze inwoners weg te nemen. Meedoen in de samenleving is immers voor iedereen belangrijk.

Wat willen we bereiken?

Subdoel: Vroegsignalering en preventie

{ZGD}

Subdoel: Mantelzorgers kunnen blijven mantelzorgen

{ZGD}

Subdoel: Het aanbod van activiteiten in de kernen in stand houden met vrijwilligers

{ZGD}

Subdoel: Welzijn wordt ingezet als middel om de eigen kracht te versterken

{ZGD}

Subdoel: Meer jeugdigen groeien thuis/ in een thuisomgeving op

{ZGD}

Subdoel: Nadelige gevolgen van echtscheidingen voorkomen en beperken

{ZGD}

Subdoel: Inwoners langer zelfstandig laten wonen

{ZGD}

Subdoel: Een zinvolle dag invulling

{ZGD}

Subdoel: Bieden van passende ondersteuning voor inwoners

{ZGD}

Subdoel: Inwoners zijn financieel zelfstandig

{ZGD}

Subdoel: Onderwijskansen vergroten

{ZGD}

Subdoel: Voorbereiden op de nieuwe Wet inburgering

{ZGD}

Subdoel: Faciliteren van de transformatie

{ZGD}

Sociaal Domein - Wat mag het kosten

Overzicht baten en lasten

{overzicht()}"""


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
    (out / d.T_FILE).write_text(TEXT, encoding="utf-8")
    print(f"{d.T_FILE}: {len(TEXT.encode('utf-8'))} bytes, {TEXT.count(chr(10)) + 1} lines")


if __name__ == "__main__":
    main()
