// gumbo_posting_parser over job pages written the way Greenhouse, Lever, Workday and plain sites write them
// (data/postings/), and over hostile input: no title, invalid UTF-8, broken JSON-LD, huge and deeply nested pages.
#include <offertracker/extract/gumbo_posting_parser.hpp>
#include <offertracker/text/utf8.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using offertracker::ports::job_posting;
using found_by = job_posting::found_by;

std::string page(const std::string& name) {
    std::ifstream in(std::string(OFFERTRACKER_POSTING_PAGES) + "/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::optional<job_posting> parse(std::string_view html, std::string_view url = "") {
    static const offertracker::extract::gumbo_posting_parser parser;
    return parser.parse(html, url);
}

job_posting parsed(const std::string& name, std::string_view url = "") {
    const auto posting = parse(page(name), url);
    REQUIRE(posting);
    return *posting;
}

bool clean(const std::optional<std::string>& s) {
    return !s || (offertracker::text::is_storable_text(*s) && !s->empty() && s->front() != ' ' && s->back() != ' ' &&
                  s->front() != '\n' && s->back() != '\n');
}

void require_clean(const job_posting& p) {
    for (const auto* field : {&p.title, &p.company, &p.description, &p.location, &p.employment_type,
                              &p.salary_currency, &p.salary_unit, &p.date_posted, &p.valid_through, &p.url})
        CHECK(clean(*field));
    if (p.title) CHECK(offertracker::text::utf8_length(*p.title) <= 255);
    if (p.company) CHECK(offertracker::text::utf8_length(*p.company) <= 255);
    if (p.description) CHECK(offertracker::text::utf8_length(*p.description) <= 20'000);
}

}  // namespace

TEST_CASE("a Greenhouse page: JSON-LD with an escaped HTML description, a salary range, a full address",
          "[posting][json-ld]") {
    const auto p = parsed("greenhouse.html", "https://boards.greenhouse.io/acmerobotics/jobs/4012345?gh_src=abc");
    require_clean(p);
    CHECK(p.source == found_by::json_ld);
    CHECK(p.title == "Senior Backend Engineer");
    CHECK(p.company == "Acme Robotics");  // hiringOrganization beats og:site_name
    CHECK(p.description ==
          "About the role\nYou will build the APIs our robots talk to & own them in production.\nGo or C++\nPostgreSQL");
    CHECK(p.location == "Berlin, Germany");  // the region repeats the locality
    CHECK(p.employment_type == "FULL_TIME");
    CHECK_FALSE(p.remote);
    CHECK(p.salary_min == 85000);
    CHECK(p.salary_max == 105000);
    CHECK(p.salary_currency == "EUR");
    CHECK(p.salary_unit == "YEAR");
    CHECK(p.date_posted == "2024-03-01");
    CHECK(p.valid_through == "2024-04-30");
    CHECK(p.url == "https://boards.greenhouse.io/acmerobotics/jobs/4012345");  // og:url, JSON-LD names none
}

TEST_CASE("a Lever page: the JobPosting inside @graph, @type an array, a relative canonical link",
          "[posting][json-ld]") {
    const auto p = parsed("lever.html", "https://jobs.lever.co/northwind/5f1c2d3e-aaaa-bbbb-cccc-123456789abc/apply");
    require_clean(p);
    CHECK(p.source == found_by::json_ld);
    CHECK(p.title == "Product Designer");
    CHECK(p.company == "Northwind");  // hiringOrganization as a plain string
    CHECK(p.description ==
          "What you'll do\nDesign flows end to end\nRun research with customers\nWe\xE2\x80\x99re a team of 40 in Lisbon.");
    CHECK(p.location == "Lisbon, Portugal");  // addressCountry as a Country object
    CHECK(p.employment_type == "PART_TIME");  // the first of an array
    CHECK(p.salary_min == 4000);
    CHECK(p.salary_max == 4000);  // a single value is both ends
    CHECK(p.salary_unit == "MONTH");
    CHECK(p.date_posted == "2024-02-15");
    CHECK_FALSE(p.valid_through);
    CHECK(p.url == "https://jobs.lever.co/northwind/5f1c2d3e-aaaa-bbbb-cccc-123456789abc");
}

TEST_CASE("a Workday page: JSON-LD in a top-level array, TELECOMMUTE, an hourly salary as strings, a relative url",
          "[posting][json-ld]") {
    const auto p = parsed("workday.html", "https://globex.wd5.myworkdayjobs.com/en-US/globex/details/R-10422");
    require_clean(p);
    CHECK(p.source == found_by::json_ld);
    CHECK(p.title == "Site Reliability Engineer");
    CHECK(p.company == "Globex Corporation");
    CHECK(p.description == "Keep our platform up.\nOn call one week in six.\nTerraform, Kubernetes, Linux.");
    CHECK_FALSE(p.location);
    CHECK(p.remote);
    CHECK(p.employment_type == "full-time");  // as given
    CHECK(p.salary_min == 63);  // 62.50 rounded
    CHECK(p.salary_max == 80);
    CHECK(p.salary_currency == "USD");
    CHECK(p.salary_unit == "HOUR");
    CHECK(p.date_posted == "2024-01-08");
    CHECK(p.url ==
          "https://globex.wd5.myworkdayjobs.com/en-US/globex/job/Remote-USA/Site-Reliability-Engineer_R-10422?source=LinkedIn");
}

TEST_CASE("a microdata page: nested items for the organisation, the address and the salary", "[posting][microdata]") {
    const auto p = parsed("microdata.html", "https://initech.example/careers/data-analyst");
    require_clean(p);
    CHECK(p.source == found_by::microdata);
    CHECK(p.title == "Data Analyst");
    CHECK(p.company == "Initech");
    CHECK(p.description == "Turn TPS reports into dashboards.\nSQL\nExcel & Python");
    CHECK(p.location == "Austin, TX, US");
    CHECK(p.employment_type == "INTERN");
    CHECK(p.date_posted == "2024-05-20");
    CHECK(p.salary_min == 25);
    CHECK(p.salary_max == 30);
    CHECK(p.salary_currency == "USD");
    CHECK(p.salary_unit == "HOUR");
    CHECK_FALSE(p.url);
}

TEST_CASE("an OpenGraph page: title, site name, description and url from og: tags", "[posting][opengraph]") {
    const auto p = parsed("opengraph.html");
    require_clean(p);
    CHECK(p.source == found_by::open_graph);
    CHECK(p.title == "Staff Machine Learning Engineer");  // trimmed, and og:title beats <title>
    CHECK(p.company == "Hooli");
    CHECK(p.description == "Build models that rank the world's information. Palo Alto or remote.");
    CHECK(p.url == "https://careers.hooli.example/jobs/ml-staff?utm_source=twitter");  // the page's own words
    CHECK_FALSE(p.salary_min);
    CHECK_FALSE(p.employment_type);
}

TEST_CASE("a broken JSON-LD block is skipped and the next one read, raw newlines and trailing commas tolerated",
          "[posting][json-ld]") {
    const auto p = parsed("broken_then_good.html");
    require_clean(p);
    CHECK(p.source == found_by::json_ld);
    CHECK(p.title == "QA Engineer");
    CHECK(p.description == "Line one of a description a CMS wrote with a raw newline.");
    CHECK(p.company == "Umbrella");
    CHECK(p.salary_min == 48000);  // baseSalary.value a bare number
    CHECK(p.salary_max == 48000);
    CHECK(p.salary_currency == "GBP");
    CHECK_FALSE(p.salary_unit);
    CHECK(p.employment_type == "TEMPORARY");
    CHECK_FALSE(p.date_posted);  // "yesterday" is no date
}

TEST_CASE("a page with only <title>", "[posting][title]") {
    const auto p = parsed("title_only.html");
    require_clean(p);
    CHECK(p.source == found_by::title);
    CHECK(p.title == "Barista & Shift Lead \xE2\x80\x94 Blue Bottle Cafe");
    CHECK_FALSE(p.company);
    CHECK_FALSE(p.description);
}

TEST_CASE("invalid UTF-8 in a page never reaches the posting", "[posting][utf8]") {
    const auto p = parsed("invalid_utf8.html");
    require_clean(p);
    CHECK(p.source == found_by::json_ld);
    REQUIRE(p.title);
    CHECK(p.title->find("C++") != std::string::npos);
    CHECK(p.title->find("\xEF\xBF\xBD") != std::string::npos);  // the surrogate bytes became U+FFFD
    REQUIRE(p.description);
    CHECK(p.description->find("Bonjour \xF0\x9F\x98\x80") == 0);
    REQUIRE(p.company);  // og:site_name fills what JSON-LD lacks
    CHECK(p.company->find("n\xC3\xA9rale") != std::string::npos);
}

TEST_CASE("no title anywhere gives nullopt", "[posting][edge]") {
    CHECK_FALSE(parse(""));
    CHECK_FALSE(parse("<html><body><h1>Engineer</h1></body></html>"));
    CHECK_FALSE(parse("<title>   </title><meta property=og:title content=' '>"));
    CHECK_FALSE(parse(R"(<script type="application/ld+json">{"@type":"JobPosting","description":"x"}</script>)"));
    CHECK_FALSE(parse(std::string("\0\0\xff<title", 7)));
}

TEST_CASE("JSON-LD shapes: @type arrays and IRIs, mainEntity, lower sources filling gaps, other types ignored",
          "[posting][json-ld]") {
    const auto ld = [](std::string json) {
        return R"(<html><head><meta property="og:site_name" content="Board"><title>T</title><script type="application/ld+json">)" +
               json + "</script></head></html>";
    };
    auto p = parse(ld(R"({"@type":["Thing","http://schema.org/JobPosting"],"title":"A","baseSalary":90000})"));
    REQUIRE(p);
    CHECK(p->source == found_by::json_ld);
    CHECK(p->title == "A");
    CHECK(p->company == "Board");
    CHECK(p->salary_min == 90000);
    CHECK(p->salary_max == 90000);
    p = parse(ld(R"({"@type":"WebPage","mainEntity":{"@type":"JobPosting","title":"B","jobLocationType":["TELECOMMUTE"]}})"));
    REQUIRE(p);
    CHECK(p->title == "B");
    CHECK(p->remote);
    p = parse(ld(R"({"@type":"JobPosting","title":"C","applicantLocationRequirements":{"name":"EU"}})"));
    REQUIRE(p);
    CHECK(p->remote);  // a location requirement and no jobLocation: remote
    p = parse(ld(R"({"@type":"JobPosting","title":"D","jobLocation":{"address":"Oslo"},"applicantLocationRequirements":{"name":"NO"}})"));
    REQUIRE(p);
    CHECK_FALSE(p->remote);
    CHECK(p->location == "Oslo");
    p = parse(ld(R"({"@type":"Organization","name":"Not a job"})"));
    REQUIRE(p);
    CHECK(p->source == found_by::title);  // og:site_name alone names no posting
    CHECK(p->title == "T");
    p = parse(ld(R"({"@type":"JobPosting","title":"E","baseSalary":{"currency":"USD","value":{"minValue":-5,"maxValue":"1e400"}}})"));
    REQUIRE(p);
    CHECK_FALSE(p->salary_min);
    CHECK_FALSE(p->salary_max);
}

TEST_CASE("fields are bounded at a UTF-8 boundary", "[posting][edge]") {
    std::string long_title;
    for (int i = 0; i < 300; ++i) long_title += "\xC3\xA9";  // 300 two-byte characters
    std::string long_text;
    for (int i = 0; i < 30'000; ++i) long_text += "\xE2\x82\xAC";
    const auto p = parse(R"(<script type="application/ld+json">{"@type":"JobPosting","title":")" + long_title +
                         R"(","description":")" + long_text + R"("}</script>)");
    REQUIRE(p);
    CHECK(offertracker::text::utf8_length(*p->title) == 255);
    CHECK(offertracker::text::is_valid_utf8(*p->title));
    CHECK(offertracker::text::utf8_length(*p->description) == 20'000);
    CHECK(offertracker::text::is_valid_utf8(*p->description));
}

TEST_CASE("huge and deeply nested input stays bounded", "[posting][edge]") {
    const auto within = [](const std::string& html, std::chrono::seconds limit) {
        const auto start = std::chrono::steady_clock::now();
        const auto p = parse(html);
        if (p) require_clean(*p);
        return std::chrono::steady_clock::now() - start < limit;
    };
    const auto repeat = [](std::string_view unit, std::size_t bytes) {
        std::string out;
        while (out.size() + unit.size() <= bytes) out += unit;
        return out;
    };
    constexpr std::size_t two_mb = 2 * 1024 * 1024;
    CHECK(within("<title>Deep</title>" + repeat("<div>", two_mb), std::chrono::seconds(30)));
    CHECK(within("<title>Deep</title>" + repeat("<b><i>", two_mb), std::chrono::seconds(30)));
    CHECK(within("<title>Deep</title>" + repeat("<font>x</div>", two_mb), std::chrono::seconds(30)));
    CHECK(within("<title>Deep</title>" + repeat("<i><div></i>", two_mb), std::chrono::seconds(30)));  // adoption agency
    CHECK(within("<title>Deep</title>" + repeat("<x/>", two_mb), std::chrono::seconds(30)));  // "/>" opens in HTML
    CHECK(within("<title>Deep</title>" + repeat("<p><b></p>", two_mb), std::chrono::seconds(30)));
    CHECK(within("<title>Deep</title>" + repeat("<span itemscope itemprop=a>", two_mb), std::chrono::seconds(30)));
    CHECK(within(R"(<script type="application/ld+json">)" + repeat("[", two_mb) + "</script><title>J</title>",
                 std::chrono::seconds(30)));
    CHECK(within(R"(<script type="application/ld+json">{"@type":"JobPosting","title":"T","description":")" +
                     repeat("&lt;p&gt;x", two_mb) + R"("}</script>)",
                 std::chrono::seconds(30)));
    // A deep page still yields what comes before the depth the guard stops at.
    const auto p = parse("<title>Deep</title>" + repeat("<div>", two_mb));
    REQUIRE(p);
    CHECK(p->title == "Deep");
}

TEST_CASE("microdata completes a JSON-LD posting; a salary is taken whole from one source", "[posting][microdata]") {
    const auto p = parse(R"(<script type="application/ld+json">{"@type":"JobPosting","title":"Welder",
        "baseSalary":{"currency":"EUR","value":{"value":20,"unitText":"HOUR"}}}</script>
        <div itemscope itemtype="http://schema.org/JobPosting"><span itemprop="title">Other</span>
        <span itemprop="hiringOrganization">Forge GmbH</span><meta itemprop="jobLocationType" content="TELECOMMUTE">
        <div itemprop="baseSalary" itemscope><meta itemprop="currency" content="USD">
        <meta itemprop="value" content="50000"></div></div>)");
    REQUIRE(p);
    CHECK(p->source == found_by::json_ld);
    CHECK(p->title == "Welder");
    CHECK(p->company == "Forge GmbH");
    CHECK(p->remote);
    CHECK(p->salary_min == 20);
    CHECK(p->salary_currency == "EUR");
    CHECK(p->salary_unit == "HOUR");
}
