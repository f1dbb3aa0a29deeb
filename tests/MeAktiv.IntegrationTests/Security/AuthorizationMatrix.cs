using static MeAktiv.IntegrationTests.Security.Access;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// The expected answer of every page and API endpoint for each role. <see cref="AuthorizationMatrixTests"/> fails for
/// an endpoint of the app without a row here (and for a row whose endpoint is gone), and for every answer that differs.
/// Team A is VEL-MI (<c>tl-vel-mi@…</c>), team B is HIL-LG (<c>tl-hil-lg@…</c>); sample requests name team A's unit,
/// so team B and the Träger (who see no team) check the object-level refusal. Rows run in this order, on one database.
/// <para>Adding an endpoint: one line. <c>Api("METHOD /route/{pattern}", "/sample/url?query", expectations…)</c>
/// (with <c>.Json("…")</c> or <c>.Csv("…")</c> for a body), <c>Page("/route", "/sample", …)</c> for a Razor page,
/// <c>Other(…)</c> for framework endpoints. The key is the endpoint's route pattern as ASP.NET Core reports it.</para>
/// </summary>
public static class AuthorizationMatrix
{
    private const string VelMiRow = "Monat;Einheit;Kennzahl;Komponente;Wert\r\n2015-06;VEL-MI;K2;INT;91\r\n";

    /// <summary>A target row of a unit that does not exist: refused, nothing is stored.</summary>
    private const string TargetRow = "Jahr;Einheit;Kennzahl;Zielwert;Status;Beschlossen am\r\n2015;EQ-MATRIX;K2;21,4;vorläufig;15.01.2015\r\n";

    /// <summary>A version no object has: a write that passed authorization ends in 409.</summary>
    private const string StaleVersion = "11111111-1111-1111-1111-111111111111";

    /// <summary>The body of a new meeting of team A (as in the Steuerung tests).</summary>
    public const string MeetingBody =
        """{"kind":"Zielnachhaltungsgespraech","unitCode":"VEL-MI","date":"2015-07-15","year":2015,"month":6,"participants":"BL, TL"}""";

    /// <summary>A measure of team A owned by Teamleitung A (SteuerungApiClient.Measure), with the given version.</summary>
    /// <summary>A qualitative target of team A whose owner is Teamleitung A; <c>null</c> version: create.</summary>
    public static string DutyBody(string version) =>
        $$"""{"year":2015,"unit":"VEL-MI","title":"Matrix-Pflicht","owner":"tl-vel-mi@me-aktiv.example","dueDate":"2015-09-30","status":"Open","version":{{version}}}""";

    public static string MeasureBody(string version) =>
        $$"""{"title":"Aktivierung Langzeitbezieher","description":"Zusätzliche Gruppeninformationen","unitCode":"VEL-MI","indicatorCodes":["K2"],"owner":"tl-vel-mi@me-aktiv.example","startDate":"2015-06-01","dueDate":"2015-09-30","meetingId":null,"version":{{version}}}""";

    /// <summary>A submit of team A's month with a comment on every indicator (docs/api.md: comments on deviations).</summary>
    private static readonly string SubmitBody = "{\"comments\":[" + string.Join(",",
        "K2,K3,K1,U25,EQ,BAMF,KDU,BZ,KD,KDS,LZAI,ESF,AQ,PINT,BSU25,NH,PI".Split(',').Select(c => $$"""{"indicator":"{{c}}","text":"Matrix"}""")) + "]}";

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        //   key (method + route pattern)                    sample request                                                anon    tlA      tlB     bl       gf       träger  admin
        // Pages (GET; their form posts carry antiforgery tokens)
        Page("/",                                            "/",                                                          Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/erfassung",                                   "/erfassung",                                                 Login,  Ok,      Ok,     Ok,      Ok,      Forbid, Forbid),
        Page("/erfassung/verlauf",                           "/erfassung/verlauf",                                         Login,  Ok,      Ok,     Ok,      Ok,      Forbid, Forbid),
        Page("/import",                                      "/import",                                                    Login,  Ok,      Ok,     Ok,      Ok,      Forbid, Forbid),
        Page("/monatsabschluss",                             "/monatsabschluss",                                           Login,  Ok,      Ok,     Ok,      Ok,      Forbid, Forbid),
        Page("/verwaltung/benutzer",                         "/verwaltung/benutzer",                                       Login,  Forbid,  Forbid, Forbid,  Forbid,  Forbid, Ok),
        Page("/verwaltung/kennzahlen",                       "/verwaltung/kennzahlen",                                     Login,  Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),
        Page("/verwaltung/organisation",                     "/verwaltung/organisation",                                   Login,  Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),
        Page("/verwaltung/meldepflichten",                   "/verwaltung/meldepflichten",                                 Login,  Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),
        Page("/verwaltung/protokoll",                        "/verwaltung/protokoll",                                      Login,  Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),
        Page("/verwaltung/benachrichtigungen",               "/verwaltung/benachrichtigungen",                             Login,  Forbid,  Forbid, Forbid,  Forbid,  Forbid, Ok),
        Page("/benachrichtigungen",                          "/benachrichtigungen",                                        Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/account/login",                               "/account/login",                                             Ok,     Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/account/passwort",                            "/account/passwort",                                          Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/Error",                                       "/Error",                                                     Ok,     Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/not-found",                                   "/not-found",                                                 Ok,     Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/status/{Code:int}",                           "/status/404",                                                Ok,     Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        // Pages of the dashboards, reports, review and Steuerung: every signed-in role. A unit the caller may not see in
        // the URL is refused with the page's German message and status 403 (RefusedStatus; team A's unit for team B and
        // the Träger below); an unknown or invisible measure or meeting with 404. The data behind them is checked object
        // by object in the API rows below.
        Page("/ziele",                                       "/ziele?jahr=2015",                                           Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/ziele/pflege",                                "/ziele/pflege?jahr=2015",                                    Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/ziele/import",                                "/ziele/import",                                              Login,  Forbid,  Forbid, Ok,      Ok,      Forbid, Forbid),
        Page("/ziele/pflichten",                             "/ziele/pflichten?jahr=2015",                                 Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/uebersicht",                                  "/uebersicht?jahr=2015&monat=6",                              Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/uebersicht/einheit/{Einheit}",                "/uebersicht/einheit/VEL-MI?jahr=2015&monat=6",               Login,  Ok,      Forbid, Ok,      Ok,      Forbid, Ok),
        Page("/uebersicht/kennzahl/{Code}",                  "/uebersicht/kennzahl/K2?einheit=VEL-MI&jahr=2015&monat=6",   Login,  Ok,      Forbid, Ok,      Ok,      Forbid, Ok),
        Page("/berichte",                                    "/berichte",                                                  Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/berichte/zielerreichung",                     "/berichte/zielerreichung",                                   Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/berichte/16a",                                "/berichte/16a",                                              Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/berichte/but",                                "/berichte/but?jahr=2015&stichtag=2",                         Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/review",                                      "/review",                                                    Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/review/{Year:int}/{Quarter:int}",             "/review/2015/2",                                             Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/review/staende",                              "/review/staende",                                            Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/review/stand/{Id:guid}",                      "/review/stand/{snapshot}",                                   Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/review/stand/{Id:guid}/vergleich",            "/review/stand/{snapshot}/vergleich",                         Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/massnahmen",                                  "/massnahmen",                                                Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/massnahmen/neu",                              "/massnahmen/neu?einheit=VEL-MI&kennzahl=K2",                 Login,  Forbid,  Forbid, Ok,      Ok,      Forbid, Forbid),
        Page("/massnahmen/{Id:guid}",                        "/massnahmen/{measure}",                                      Login,  Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Page("/sitzungen",                                   "/sitzungen",                                                 Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/sitzungen/{Id:guid}",                         "/sitzungen/{meeting}",                                       Login,  Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Page("/sitzungen/{Id:guid}/protokoll",               "/sitzungen/{meeting}/protokoll",                             Login,  Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Page("/termine",                                     "/termine",                                                   Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Page("/termine/pflege",                              "/termine/pflege?jahr=2015",                                  Login,  Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),
        // Budget and staff (issue 21): money for GF, Finanzen (not a column: BudgetRightsTests), Administration and – totals only – the Träger.
        Page("/budget",                                      "/budget?jahr=2015",                                          Login,  Forbid,  Forbid, Forbid,  Ok,      Ok,     Ok),
        Page("/budget/erfassung",                            "/budget/erfassung?jahr=2015&monat=6",                        Login,  Forbid,  Forbid, Forbid,  Ok,      Forbid, Forbid),
        Page("/personal",                                    "/personal?jahr=2015",                                        Login,  Forbid,  Forbid, Ok,      Ok,      Forbid, Ok),
        Page("/hilfe",                                       "/hilfe",                                                     Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Other("GET /hilfe/bilder/{name}",                    "/hilfe/bilder/berichte.png",                                 Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Other("POST /account/logout",                        "POST /account/logout",                                       Login,  Bad,     Bad,    Bad,     Bad,     Bad,    Bad), // no antiforgery token

        // API: sign-in, master data
        Api("POST /api/v1/auth/login",                       "POST /api/v1/auth/login",                                    Ok,     Ok,      Ok,     Ok,      Ok,      Ok,     Ok)
            .Json("""{"email":"gf@me-aktiv.example","password":"Demo!2015"}"""),
        Api("POST /api/v1/auth/password",                    "POST /api/v1/auth/password",                                 Unauth, Bad,     Bad,    Bad,     Bad,     Bad,    Bad)
            .Json("""{"currentPassword":"Falsch!2015","newPassword":"Neu!2016xyz"}"""), // wrong current password: nothing changed
        Api("GET /api/v1/org-units",                         "/api/v1/org-units",                                          Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/org-units/{code}",                  "/api/v1/org-units/VEL-MI",                                   Unauth, Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Api("POST /api/v1/org-units",                        "POST /api/v1/org-units",                                     Unauth, Forbid,  Forbid, Forbid,  Bad,     Forbid, Bad)
            .Json("""{"code":"MATRIX-1","name":"","kind":"Team","parent":"GS-VEL","validFrom":"2016-01-01"}"""), // empty name: German 400
        Api("PUT /api/v1/org-units/{code}",                  "PUT /api/v1/org-units/VEL-MI",                               Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Allowed)
            .Json($$"""{"name":"Markt & Integration Velbert","parent":"GS-VEL","version":"{{StaleVersion}}"}"""),
        Api("GET /api/v1/reporting-duties/{unit}",          "/api/v1/reporting-duties/VEL-MI",                            Unauth, Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Api("PUT /api/v1/reporting-duties/{unit}",          "PUT /api/v1/reporting-duties/VEL-MI",                        Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Allowed)
            .Json("""{"duties":[],"version":"stale"}"""),
        Api("GET /api/v1/indicators",                        "/api/v1/indicators",                                         Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        // Switching off without a reason: the German 400 for those who may, nothing changed.
        Api("PUT /api/v1/indicators/{code}/years/{year:int}", "PUT /api/v1/indicators/KD/years/2017",                     Unauth, Forbid,  Forbid, Forbid,  Bad,     Forbid, Bad)
            .Json("""{"active":false,"reason":"","version":null}"""),
        Api("GET /api/v1/targets",                           "/api/v1/targets?year=2015",                                  Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/targets/{year:int}/{unit}/{indicator}/versions", "/api/v1/targets/2015/VEL-MI/K2/versions",  Unauth, Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        // A stale version number: a write that passed the rights check ends in 409 (the Bereichsleitung may not set the Jobcenter's targets).
        Api("PUT /api/v1/targets/{year:int}/{unit}/{indicator}", "PUT /api/v1/targets/2015/JC/K2",                     Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Forbid)
            .Json("""{"value":21.4,"status":"Final","decidedOn":"2015-03-20","version":99}"""),
        // A year without targets in the year before: the Geschäftsführung passes the rights check and gets the German 400, nothing is created.
        // A row of a unit that does not exist: the German 400 for those who may import targets, nothing stored.
        Api("POST /api/v1/targets/import/preview",           "POST /api/v1/targets/import/preview",                        Unauth, Forbid,  Forbid, Bad,     Bad,     Forbid, Forbid).Csv(TargetRow),
        Api("POST /api/v1/targets/import/",                  "POST /api/v1/targets/import",                                Unauth, Forbid,  Forbid, Bad,     Bad,     Forbid, Forbid).Csv(TargetRow),
        Api("POST /api/v1/targets/rollover",                 "POST /api/v1/targets/rollover?year=2030",                    Unauth, Forbid,  Forbid, Forbid,  Bad,     Forbid, Forbid),
        // Qualitative targets: every role reads (the Träger only the Jobcenter's); a new one with an empty title is the
        // German 400 for those who may create; {duty} is team A's, owned by Teamleitung A (status and evidence only): a
        // stale version is 409 for the owner and the leads; Teamleitung B and the Träger do not see it (404).
        Api("GET /api/v1/qualitative-targets",               "/api/v1/qualitative-targets?year=2015",                      Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("POST /api/v1/qualitative-targets",              "POST /api/v1/qualitative-targets",                           Unauth, Forbid,  Forbid, Bad,     Bad,     Forbid, Forbid)
            .Json("""{"year":2015,"unit":"VEL-MI","title":"","owner":"Bereichsleitung","dueDate":"2015-09-30"}"""),
        Api("PUT /api/v1/qualitative-targets/{id:guid}",     "PUT /api/v1/qualitative-targets/{duty}",                     Unauth, Allowed, NotFound, Allowed, Allowed, NotFound, Forbid)
            .Json(DutyBody($"\"{StaleVersion}\"")),

        // API: figures of team A (object level in route, query and body)
        Api("GET /api/v1/attainment",                        "/api/v1/attainment?unit=VEL-MI&year=2015&month=6",           Unauth, Ok,      Forbid, Ok,      Ok,      Forbid, Ok),
        Api("GET /api/v1/series",                            "/api/v1/series?unit=VEL-MI&indicator=K2&from=2015-01&to=2015-06", Unauth, Ok, Forbid, Ok,      Ok,      Forbid, Ok),
        Api("GET /api/v1/actuals",                           "/api/v1/actuals?unit=VEL-MI&year=2015",                      Unauth, Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Api("PUT /api/v1/actuals/{unit}/{indicator}/{component}/{month}", "PUT /api/v1/actuals/VEL-MI/K2/INT/2015-06",     Unauth, Allowed, Forbid, Allowed, Allowed, Forbid, Forbid)
            .Json("""{"value":91}"""),
        Api("POST /api/v1/imports/preview",                  "POST /api/v1/imports/preview",                               Unauth, Ok,      Forbid, Ok,      Ok,      Forbid, Forbid).Csv(VelMiRow),
        Api("POST /api/v1/imports/",                         "POST /api/v1/imports",                                       Unauth, Ok,      Forbid, Ok,      Ok,      Forbid, Forbid).Csv(VelMiRow),
        Api("GET /api/v1/imports/template.csv",              "/api/v1/imports/template.csv",                               Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/imports/template.xlsx",             "/api/v1/imports/template.xlsx",                              Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/months",                            "/api/v1/months?year=2015&month=6",                           Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("POST /api/v1/months/{unit}/{month}/submit",     "POST /api/v1/months/VEL-MI/2015-06/submit",                  Unauth, Allowed, Forbid, Allowed, Allowed, Forbid, Forbid)
            .Json(SubmitBody), // a comment on every indicator: whichever targets are off track, the submit is not refused for them
        Api("GET /api/v1/deviations/uncommented",            "/api/v1/deviations/uncommented?year=2015&month=6",           Unauth, Forbid,  Forbid, Ok,      Ok,      Forbid, Forbid),
        Api("POST /api/v1/months/{unit}/{month}/close",      "POST /api/v1/months/VEL-MI/2015-06/close",                   Unauth, Forbid,  Forbid, Allowed, Allowed, Forbid, Forbid),
        Api("POST /api/v1/months/{unit}/{month}/reopen",     "POST /api/v1/months/VEL-MI/2015-06/reopen",                  Unauth, Forbid,  Forbid, Allowed, Allowed, Forbid, Forbid)
            .Json("""{"reason":"Korrektur laut Matrix-Test"}"""),

        // API: reports and review (Jobcenter and units above team level; every signed-in role)
        Api("GET /api/v1/dashboard/",                        "/api/v1/dashboard?unit=VEL-MI&year=2015&month=5&format=xlsx", Unauth, Ok,      Forbid, Ok,      Ok,      Forbid, Ok),
        Api("GET /api/v1/dashboard/indicators/{code}",       "/api/v1/dashboard/indicators/K2?unit=VEL-MI&year=2015&month=5", Unauth, Ok,    Forbid, Ok,      Ok,      Forbid, Ok),
        Api("GET /api/v1/reports/attainment",                "/api/v1/reports/attainment?year=2015&quarter=2",             Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/reports/16a",                       "/api/v1/reports/16a?year=2014",                              Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/reports/but",                       "/api/v1/reports/but?year=2015&stichtag=2",                   Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/review/",                           "/api/v1/review?year=2015&quarter=2",                         Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("POST /api/v1/review/snapshots",                 "POST /api/v1/review/snapshots",                              Unauth, Forbid,  Forbid, Ok,      Ok,      Forbid, Forbid)
            .Json("""{"year":2015,"quarter":2}"""),
        Api("GET /api/v1/review/snapshots",                  "/api/v1/review/snapshots?year=2015",                         Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/review/snapshots/{id:guid}",        "/api/v1/review/snapshots/{snapshot}",                        Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/review/snapshots/{id:guid}/compare", "/api/v1/review/snapshots/{snapshot}/compare",               Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),

        // API: review process of team A. {measure} and {meeting} are team A's, created by the Geschäftsführung before the
        // rows run; the measure's owner is Teamleitung A. Writes name a stale version: a caller who passed authorization
        // gets 409 (Allowed).
        Api("GET /api/v1/measures",                          "/api/v1/measures?unit=VEL-MI",                               Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/measures/{id:guid}",                "/api/v1/measures/{measure}",                                 Unauth, Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Api("POST /api/v1/measures",                         "POST /api/v1/measures",                                      Unauth, Forbid,  Forbid, Ok,      Ok,      Forbid, Forbid)
            .Json(MeasureBody("null")),
        Api("PUT /api/v1/measures/{id:guid}",                "PUT /api/v1/measures/{measure}",                             Unauth, Forbid,  NotFound, Allowed, Allowed, NotFound, Forbid)
            .Json(MeasureBody($"\"{StaleVersion}\"")),
        Api("POST /api/v1/measures/{id:guid}/follow-ups",    "POST /api/v1/measures/{measure}/follow-ups",                 Unauth, Allowed, NotFound, Allowed, Allowed, NotFound, Forbid)
            .Json($$"""{"text":"Nachhaltung laut Matrix-Test","version":"{{StaleVersion}}"}"""),
        Api("GET /api/v1/meetings",                          "/api/v1/meetings?year=2015",                                 Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("GET /api/v1/meetings/{id:guid}",                "/api/v1/meetings/{meeting}",                                 Unauth, Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Api("POST /api/v1/meetings",                         "POST /api/v1/meetings",                                      Unauth, Forbid,  Forbid, Ok,      Ok,      Forbid, Forbid)
            .Json(MeetingBody),
        Api("PUT /api/v1/meetings/{id:guid}/minutes",        "PUT /api/v1/meetings/{meeting}/minutes",                     Unauth, Forbid,  NotFound, Allowed, Allowed, NotFound, Forbid)
            .Json($$"""{"minutes":"Protokoll laut Matrix-Test","version":"{{StaleVersion}}"}"""),
        Api("POST /api/v1/meetings/{id:guid}/decisions",     "POST /api/v1/meetings/{meeting}/decisions",                  Unauth, Forbid,  NotFound, Allowed, Allowed, NotFound, Forbid)
            .Json($$"""{"text":"Beschluss laut Matrix-Test","version":"{{StaleVersion}}"}"""),
        Api("POST /api/v1/meetings/{id:guid}/close",         "POST /api/v1/meetings/{meeting}/close",                      Unauth, Forbid,  NotFound, Allowed, Allowed, NotFound, Forbid)
            .Json($$"""{"version":"{{StaleVersion}}"}"""),
        Api("GET /api/v1/comments/{indicator}/{unit}/{month}", "/api/v1/comments/K2/VEL-MI/2015-06",                       Unauth, Ok,      NotFound, Ok,    Ok,      NotFound, Ok),
        Api("PUT /api/v1/comments/{indicator}/{unit}/{month}", "PUT /api/v1/comments/K2/VEL-MI/2015-06",                   Unauth, Allowed, NotFound, Allowed, Allowed, NotFound, Forbid)
            .Json("""{"text":"Kommentar laut Matrix-Test"}"""),
        Api("GET /api/v1/termine",                           "/api/v1/termine?from=2015-01-01&to=2015-12-31",              Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        // Termine maintenance: everybody reads; Administration and Geschäftsführung write (empty title: German 400; stale version: 409).
        Api("GET /api/v1/fixed-dates",                       "/api/v1/fixed-dates?year=2015",                              Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("POST /api/v1/fixed-dates",                      "POST /api/v1/fixed-dates",                                   Unauth, Forbid,  Forbid, Forbid,  Bad,     Forbid, Bad)
            .Json("""{"code":"MATRIX-1","date":"2015-05-20","title":"","audience":["Geschaeftsfuehrung"]}"""),
        Api("PUT /api/v1/fixed-dates/{code}",                "PUT /api/v1/fixed-dates/MESSE-2015",                         Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Allowed)
            .Json($$"""{"date":"2015-01-28","title":"Weiterbildungsmesse","audience":["Geschaeftsfuehrung"],"version":"{{StaleVersion}}"}"""),
        Api("DELETE /api/v1/fixed-dates/{code}",             $"DELETE /api/v1/fixed-dates/MESSE-2015?version={StaleVersion}", Unauth, Forbid, Forbid, Forbid, Allowed, Forbid, Allowed),
        Api("GET /api/v1/recurring-dates",                   "/api/v1/recurring-dates",                                    Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("POST /api/v1/recurring-dates",                  "POST /api/v1/recurring-dates",                               Unauth, Forbid,  Forbid, Forbid,  Bad,     Forbid, Bad)
            .Json("""{"code":"MATRIX-1","title":"","unitCode":"JC","pattern":"DayOfMonth","day":1,"from":"2015-01-01","audience":["Geschaeftsfuehrung"]}"""),
        Api("PUT /api/v1/recurring-dates/{code}",            "PUT /api/v1/recurring-dates/ZNG-GS",                         Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Allowed)
            .Json($$"""{"title":"Zielnachhaltungsgespräch","unitCode":"JC","pattern":"DayOfMonth","day":1,"from":"2015-01-01","audience":["Geschaeftsfuehrung"],"version":"{{StaleVersion}}"}"""),
        Api("DELETE /api/v1/recurring-dates/{code}",         $"DELETE /api/v1/recurring-dates/ZNG-GS?version={StaleVersion}", Unauth, Forbid, Forbid, Forbid, Allowed, Forbid, Allowed),

        // API: budget and staff (issue 21). Finanzen (not a column here: BudgetRightsTests) enters and submits; the
        // Geschäftsführung closes and reopens (month 6 is in Entwurf: 409 after passing the rights check) and reads all;
        // Administration reads; the Träger read the totals; the Bereichsleitung its Bereich's staff; team leads nothing.
        Api("GET /api/v1/budgets",                           "/api/v1/budgets?year=2015",                                  Unauth, Forbid,  Forbid, Forbid,  Ok,      Ok,     Ok),
        Api("GET /api/v1/budgets/{year:int}/{line}",         "/api/v1/budgets/2015/K16A-PSB",                              Unauth, Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),
        Api("PUT /api/v1/budgets/{year:int}/{line}/{month:int}", "PUT /api/v1/budgets/2015/K16A-PSB/6",                    Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Forbid)
            .Json($$"""{"committed":1000,"paid":500,"version":"{{StaleVersion}}"}"""),
        Api("POST /api/v1/budgets/import",                   "POST /api/v1/budgets/import",                                Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Forbid)
            .Csv("Jahr;Monat;Position;Mittelbindung;Ausgaben\r\n2015;6;K16A-PSB;1.000,00;500,00\r\n"),
        Api("POST /api/v1/budgets/{year:int}/plans",       "POST /api/v1/budgets/2015/plans",                            Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Forbid)
            .Json($$"""{"baseId":"{{StaleVersion}}","note":"Matrix-Test"}"""), // Finanzen and gf add revisions; a stale base: 409
        Api("POST /api/v1/budgets/{year:int}/{month:int}/submit", "POST /api/v1/budgets/2015/6/submit",                   Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Forbid),
        Api("POST /api/v1/budgets/{year:int}/{month:int}/close", "POST /api/v1/budgets/2015/6/close",                     Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Forbid),
        Api("POST /api/v1/budgets/{year:int}/{month:int}/reopen", "POST /api/v1/budgets/2015/6/reopen",                   Unauth, Forbid,  Forbid, Forbid,  Allowed, Forbid, Forbid)
            .Json("""{"reason":"Korrektur laut Matrix-Test"}"""),
        Api("GET /api/v1/staff",                             "/api/v1/staff?year=2015",                                    Unauth, Forbid,  Forbid, Ok,      Ok,      Forbid, Ok),
        Api("PUT /api/v1/staff/{year:int}/{unit}/{month:int}", "PUT /api/v1/staff/2015/VEL-MI/6",                          Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Forbid)
            .Json($$"""{"plannedFte":21.5,"actualFte":20.75,"version":"{{StaleVersion}}"}"""),

        // API: audit log (Administration and Geschäftsführung)
        Api("GET /api/v1/audit",                             "/api/v1/audit?who=admin",                                    Unauth, Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),
        Api("GET /api/v1/audit.csv",                         "/api/v1/audit.csv?from=2015-01-01",                          Unauth, Forbid,  Forbid, Forbid,  Ok,      Forbid, Ok),

        // API: notifications. Outbox, run and rules: Administration only; the own list, mark read and mail choices: everybody
        // (an unknown or someone else's notification: 404; an unknown rule: German 400; a stale rule version: 409).
        Api("GET /api/v1/notifications/outbox",              "/api/v1/notifications/outbox",                               Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Ok),
        Api("POST /api/v1/notifications/run",                "POST /api/v1/notifications/run",                             Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Ok),
        Api("GET /api/v1/notifications/rules",               "/api/v1/notifications/rules",                                Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Ok),
        Api("PUT /api/v1/notifications/rules/{key}",         "PUT /api/v1/notifications/rules/wochenbericht",              Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Allowed)
            .Json($$"""{"enabled":true,"days":0,"weekday":"Monday","version":"{{StaleVersion}}"}"""),
        Api("GET /api/v1/notifications",                     "/api/v1/notifications",                                      Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("POST /api/v1/notifications/read",               "POST /api/v1/notifications/read",                            Unauth, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed),
        Api("POST /api/v1/notifications/{id:guid}/read",     $"POST /api/v1/notifications/{StaleVersion}/read",            Unauth, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        Api("GET /api/v1/notifications/settings",            "/api/v1/notifications/settings",                             Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Api("PUT /api/v1/notifications/settings",            "PUT /api/v1/notifications/settings",                         Unauth, Bad,     Bad,    Bad,     Bad,     Bad,    Bad)
            .Json("""{"gibt-es-nicht":false}"""),

        // Operations and framework endpoints
        Other("* /health",                                   "/health",                                                    Ok,     Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Other("* /metrics",                                  "/metrics",                                                   Unauth, Forbid,  Forbid, Forbid,  Forbid,  Forbid, Ok), // or from Security:Metrics:AllowedNetworks
        Other("GET /openapi/{documentName}.json",            "/openapi/v1.json",                                           Ok,     Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Other("* /_blazor/negotiate",                        "POST /_blazor/negotiate?negotiateVersion=1",                 Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Other("* /_blazor",                                  "/_blazor",                                                   Login,  Bad,     Bad,    Bad,     Bad,     Bad,    Bad), // no WebSocket upgrade
        Other("* /_blazor/disconnect/",                      "POST /_blazor/disconnect/",                                  Login,  Bad,     Bad,    Bad,     Bad,     Bad,    Bad), // no circuit id
        Other("* /_blazor/initializers/",                    "/_blazor/initializers/",                                     Login,  Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
        Other("GET /_framework/opaque-redirect",             "/_framework/opaque-redirect",                                Login,  Bad,     Bad,    Bad,     Bad,     Bad,    Bad), // no target
        Other("GET,HEAD {**path:file}",                      "/gibt-es-nicht.txt",                                         Login,  NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        // Last: the API logout ends every session and token of the caller's account.
        Api("POST /api/v1/auth/logout",                      "POST /api/v1/auth/logout",                                   Unauth, Ok,      Ok,     Ok,      Ok,      Ok,     Ok),
    ];

    private static MatrixRow Page(string route, string url, params Access[] expected) => new(MatrixKind.Page, "PAGE " + route, url, expected);

    private static MatrixRow Api(string key, string request, params Access[] expected) => new(MatrixKind.Api, key, request, expected);

    private static MatrixRow Other(string key, string request, params Access[] expected) => new(MatrixKind.Other, key, request, expected);
}
