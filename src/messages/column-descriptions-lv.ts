/**
 * The Latvian descriptions of the table columns (the English ones are in the table schema),
 * for findings about a blank cell or a missing column. Keyed "Table.Header".
 */
export const columnDescriptionsLv: Readonly<Record<string, string>> = {
  "Project.Setting": "Action, Months, Format, Field, Rulebook vai Title.",
  "Project.Value": "Iestatījuma vērtība.",
  "Partners.ID": "Īss unikāls organizācijas kods, piemēram, P1.",
  "Partners.Organisation": "Juridiskais nosaukums.",
  "Partners.Country": "ISO kods vai valsts nosaukums angliski vai latviski.",
  "Partners.Type": "Organizācijas tips (HEI, SCHOOL, VET, ENTERPRISE …).",
  "Partners.Role": "coordinator (koordinators) vai partner (partneris).",
  "Partners.Months": "Dalības mēneši; tukšs = projekta ilgums.",
  "Partners.Management": "Finansējums projekta vadībai un īstenošanai.",
  "Meetings.ID": "Sanāksmes rindas kods, piemēram, M1-P2.",
  "Meetings.Partner": "Nosūtītājas organizācijas ID.",
  "Meetings.Year": "Projekta gads 1–3.",
  "Meetings.Participants": "Uz sanāksmi nosūtītie cilvēki.",
  "Meetings.DistanceKm":
    "Attālums vienā virzienā pēc EK attāluma kalkulatora; atstājiet tukšu, lai izmantotu attālumu no From līdz To.",
  "Meetings.From":
    "Nav obligāts: no kurienes dalībnieki dodas ceļā, pilsēta (Riga; Valencia, ES) vai platums,garums; izmanto kopā ar To, ja DistanceKm ir tukšs.",
  "Meetings.To":
    "Nav obligāts: sanāksmes vieta, pilsēta vai platums,garums; izmanto kopā ar From, ja DistanceKm ir tukšs.",
  "Meetings.Amount": "Finansējums sanāksmei.",
  "Outputs.Output": "Rezultāta kods, piemēram, O1.",
  "Outputs.Partner": "Personāla darba devējas organizācijas ID.",
  "Outputs.Category": "manager, teacher, technician vai admin.",
  "Outputs.Days": "Darba dienas.",
  "Outputs.Amount": "Personāla izmaksas.",
  "Events.ID": "Pasākuma kods, piemēram, E1.",
  "Events.Output": "Intelektuālais rezultāts, ko pasākums izplata.",
  "Events.Partner": "Rīkotājas organizācijas ID.",
  "Events.Local": "Dalībnieki no rīkotājas valsts (ārpus partnerības).",
  "Events.Foreign": "Dalībnieki no citām valstīm (ārpus partnerības).",
  "Events.Amount": "Finansējums rezultātu izplatīšanas pasākumam.",
  "Activities.ID": "Aktivitātes rindas kods, piemēram, C1-P2.",
  "Activities.Type": "Aktivitātes veida kods.",
  "Activities.Partner": "Nosūtītājas organizācijas ID.",
  "Activities.Host":
    "Uzņēmējas organizācijas ID; vajadzīgs ilgtermiņa aktivitātēm (tās valsts mēneša likme).",
  "Activities.Participants": "Nosūtītie dalībnieki.",
  "Activities.DistanceKm":
    "Attālums vienā virzienā pēc EK attāluma kalkulatora; atstājiet tukšu, lai izmantotu attālumu no From līdz To.",
  "Activities.Days": "Ilgums dienās (īstermiņa veidiem).",
  "Activities.Months": "Ilgums mēnešos (ilgtermiņa veidiem).",
  "Activities.Age": "Jaunākā skolēna vecums (skolēnu veidiem).",
  "Activities.From":
    "Nav obligāts: no kurienes dalībnieki dodas ceļā, pilsēta (Riga; Valencia, ES) vai platums,garums; izmanto kopā ar To, ja DistanceKm ir tukšs.",
  "Activities.To":
    "Nav obligāts: aktivitātes vieta, pilsēta vai platums,garums; izmanto kopā ar From, ja DistanceKm ir tukšs.",
  "Activities.Travel": "Finansējums ceļa izdevumiem.",
  "Activities.Support": "Individuālais atbalsts.",
  "Activities.Linguistic": "Lingvistiskais atbalsts (aktivitātēm, kas ilgst 2–12 mēnešus).",
  "OtherCosts.ID": "Izmaksu rindas kods, piemēram, X1.",
  "OtherCosts.Kind": "exceptional (ārkārtas izmaksas) vai special-needs (speciālās vajadzības).",
  "OtherCosts.Partner": "Izmaksas sedzošās organizācijas ID.",
  "OtherCosts.Description": "Kam izmaksas paredzētas.",
  "OtherCosts.RealCost": "Reālās izmaksas EUR.",
  "OtherCosts.Amount": "Pieprasītais finansējums.",
  "Rates.Figure":
    "Rādītāja identifikators, piemēram, management.coordinatorPerMonth vai meetings.bands.2.amount (tos uzskaita ka2-budget rates).",
  "Rates.Value": "Valsts aģentūras publicētā vērtība, kas aizstāj noteikumu rādītāju.",
  "Rates.Source": "Kur vērtība publicēta (neobligāti).",
};
