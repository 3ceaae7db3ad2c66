//! The headers survey tools give the columns they add beside the answers — when someone
//! answered, who, and the tool's own record of the response — in the languages Tandem speaks
//! (English, German, French, Spanish) and the tools' other common ones (Portuguese, Italian,
//! Dutch), as Google Forms, Microsoft Forms, Typeform and `SurveyMonkey` write them, older
//! spellings included. [`super::identity`] compares them folded and without spaces, so
//! `RespondentID` is `Respondent ID` and `E-Mail-Adresse` is `E-mail adresse`.

/// When someone answered.
pub const TIME: &[&str] = &[
    // English: Google Forms, Microsoft Forms, Typeform, SurveyMonkey.
    "Timestamp",
    "Start time",
    "Completion time",
    "Last modified time",
    "Submitted at",
    "Start date",
    "End date",
    "Submit date",
    "Start date (UTC)",
    "Submit date (UTC)",
    "Stage date (UTC)",
    "Date submitted",
    "Date created",
    "Date modified",
    // German
    "Zeitstempel",
    "Startzeit",
    "Fertigstellungszeit",
    "Abschlusszeit",
    "Zeitpunkt der letzten Änderung",
    "Letzte Änderung",
    "Startdatum",
    "Enddatum",
    // French
    "Horodateur",
    "Horodatage",
    "Heure de début",
    "Heure de fin",
    "Heure d'achèvement",
    "Heure de la dernière modification",
    "Date de début",
    "Date de fin",
    // Spanish
    "Marca temporal",
    "Marca de tiempo",
    "Hora de inicio",
    "Hora de finalización",
    "Hora de la última modificación",
    "Fecha de inicio",
    "Fecha de finalización",
    // Portuguese
    "Carimbo de data/hora",
    "Hora de início",
    "Hora de conclusão",
    "Hora da última modificação",
    "Data de início",
    "Data de término",
    // Italian
    "Informazioni cronologiche",
    "Ora di inizio",
    "Ora di completamento",
    "Ora dell'ultima modifica",
    "Data di inizio",
    "Data di fine",
    // Dutch
    "Tijdstempel",
    "Begintijd",
    "Tijd van voltooien",
    "Voltooiingstijd",
    "Tijdstip van laatste wijziging",
    "Einddatum",
];

/// Who answered, or what identifies their answer or their device.
pub const IDENTITY: &[&str] = &[
    // English
    "Email",
    "Email address",
    "Name",
    "First name",
    "Last name",
    "Full name",
    "ID",
    "Respondent ID",
    "Response ID",
    "Collector ID",
    "IP address",
    "Network ID",
    "Token",
    "User",
    "Username",
    "Respondent",
    // German
    "E-Mail-Adresse",
    "Vorname",
    "Nachname",
    "Benutzername",
    "Nutzername",
    "IP-Adresse",
    // French
    "Adresse e-mail",
    "Adresse de messagerie",
    "Adresse électronique",
    "Courriel",
    "Nom",
    "Prénom",
    "Nom de famille",
    "Nom d'utilisateur",
    "Adresse IP",
    // Spanish
    "Dirección de correo electrónico",
    "Correo electrónico",
    "Nombre",
    "Apellido",
    "Apellidos",
    "Nombre de usuario",
    "Dirección IP",
    // Portuguese
    "Endereço de e-mail",
    "Nome",
    "Sobrenome",
    "Nome de usuário",
    "Nome de utilizador",
    "Endereço IP",
    // Italian
    "Indirizzo email",
    "Posta elettronica",
    "Cognome",
    "Nome utente",
    "Indirizzo IP",
    // Dutch
    "E-mailadres",
    "Naam",
    "Voornaam",
    "Achternaam",
    "Gebruikersnaam",
    "IP-adres",
];

/// The survey tool's own record of a response, which is no answer: Typeform's response
/// type (completed or partial), the owner's tags and the ending screen shown.
pub const METADATA: &[&str] = &["Response Type", "Tags", "Ending"];
