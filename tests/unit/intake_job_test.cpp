// parse_job_text, rule by rule: title, department, location, employment type, remote option, salary and currency,
// required vs nice-to-have skills, minimum years; and any bytes at all.
#include <offertracker/intake/intake.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

namespace in = offertracker::intake;
using namespace std::string_literals;
using strings = std::vector<std::string>;

std::optional<std::string> title(std::string_view text) { return in::parse_job_text(text).title; }

}  // namespace

TEST_CASE("a job's title comes from a cue line, a first line that is a title, or a prose phrase", "[intake][job]") {
    CHECK(title("We need a Senior Backend Engineer in NYC with Python.") == "Senior Backend Engineer");
    CHECK(title("Hiring: Staff Frontend Engineer (remote)") == "Staff Frontend Engineer");
    CHECK(title("Job title: Machine Learning Engineer\nLondon") == "Machine Learning Engineer");
    CHECK(title("Position: Android Developer") == "Android Developer");
    CHECK(title("Title: Barista") == "Barista");  // a cue needs no role word
    CHECK(title("Senior Site Reliability Engineer\n\nWe are looking for a talented engineer.") ==
          "Senior Site Reliability Engineer");
    CHECK(title("Acme Corp - Senior Data Analyst\nAbout us") == "Senior Data Analyst");
    CHECK(title("Our team is growing! We're looking for an experienced product designer to join us.") ==
          "Product Designer");
    // A chat command's argument, and lower-case prose title-cased with acronyms kept.
    CHECK(title("a senior backend engineer in NYC with Python") == "Senior Backend Engineer");
    CHECK(title("hiring a senior ios engineer who loves swift") == "Senior iOS Engineer");
    CHECK(title("Temporary IT Support Specialist needed in Boston.") == "IT Support Specialist");
    CHECK_FALSE(title("Great company, great benefits, apply today."));
    CHECK_FALSE(title(""));
}

TEST_CASE("a job's department comes from a cue or a named team", "[intake][job]") {
    CHECK(in::parse_job_text("Department: Engineering\nTitle: Engineer").department == "Engineering");
    CHECK(in::parse_job_text("Team: data science").department == "Data Science");
    CHECK(in::parse_job_text("Join our Engineering team in Berlin.").department == "Engineering");
    CHECK(in::parse_job_text("You will sit in the Marketing department.").department == "Marketing");
    CHECK_FALSE(in::parse_job_text("Join a great team.").department);
    CHECK_FALSE(in::parse_job_text("We need a Senior Backend Engineer in NYC").department);
}

TEST_CASE("a job's location: abbreviations, known cities, City ST and City Country, the Location cue",
          "[intake][job]") {
    auto location = [](std::string_view t) { return in::parse_job_text(t).location; };
    CHECK(location("Backend engineer in NYC") == "New York, NY");
    CHECK(location("Hiring in SF and remote") == "San Francisco, CA");
    CHECK(location("Our office in Seattle") == "Seattle, WA");
    CHECK(location("Based in Springfield, IL") == "Springfield, IL");
    CHECK(location("Onsite in Lyon, France") == "Lyon, France");
    CHECK(location("Location: Berlin (hybrid)") == "Berlin, Germany");
    CHECK(location("Location: Greater Springfield Area") == "Greater Springfield Area");
    CHECK_FALSE(location("Location: Remote"));
    CHECK_FALSE(location("We build Python, Go and SQL services"));
}

TEST_CASE("a job's employment type from its spellings", "[intake][job]") {
    auto type = [](std::string_view t) { return in::parse_job_text(t).employment_type; };
    CHECK(type("full time role") == "Full-time");
    CHECK(type("Full-Time, hybrid") == "Full-time");
    CHECK(type("FT, NYC") == "Full-time");
    CHECK(type("part time, 20 hours") == "Part-time");
    CHECK(type("We hire a contractor for 6 months") == "Contract");
    CHECK(type("Summer intern") == "Internship");
    CHECK(type("Temporary position") == "Temporary");
    // The first mention wins; words inside other words do not count.
    CHECK(type("Contract-to-hire, then full-time") == "Contract");
    CHECK_FALSE(type("internal tools and international teams, smart contracts"));
}

TEST_CASE("a job's remote option from its spellings", "[intake][job]") {
    auto remote = [](std::string_view t) { return in::parse_job_text(t).remote_option; };
    CHECK(remote("Fully remote") == "Remote");
    CHECK(remote("WFH friendly") == "Remote");
    CHECK(remote("Hybrid, 2 days in office") == "Hybrid");
    CHECK(remote("Remote or in office; hybrid welcome") == "Hybrid");
    CHECK(remote("Onsite in NYC") == "On-site");
    CHECK(remote("in office five days") == "On-site");
    CHECK(remote("No remote work.") == "On-site");
    CHECK_FALSE(remote("Python and Go"));
}

TEST_CASE("a job's salary: ranges, symbols, codes, k, up to, from, a single amount", "[intake][job]") {
    struct row {
        const char* text;
        std::optional<long long> min;
        std::optional<long long> max;
        std::optional<std::string> currency;
    };
    const std::vector<row> rows{
        {"$150k\xE2\x80\x93" "190k", 150000, 190000, "USD"},
        {"$150k-$190k", 150000, 190000, "USD"},
        {"Salary: 150,000-190,000 USD", 150000, 190000, "USD"},
        {"\xE2\x82\xAC" "70k", 70000, 70000, "EUR"},
        {"\xC2\xA3" "60,000 - \xC2\xA3" "70,000", 60000, 70000, "GBP"},
        {"USD 120k to 140k", 120000, 140000, "USD"},
        {"up to $200k", std::nullopt, 200000, "USD"},
        {"from $90k", 90000, std::nullopt, "USD"},
        {"$120k+", 120000, std::nullopt, "USD"},
        {"Salary range 150-190k", 150000, 190000, std::nullopt},
        {"85.000 - 100.000 EUR", 85000, 100000, "EUR"},
        {"C$95,000", 95000, 95000, "CAD"},
        {"$45/hour", 45, 45, "USD"},
        {"Compensation: 1.2M JPY", 1200000, 1200000, "JPY"},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto job = in::parse_job_text(r.text);
        CHECK(job.salary_min == r.min);
        CHECK(job.salary_max == r.max);
        CHECK(job.currency == r.currency);
    }
}

TEST_CASE("numbers that are not a salary", "[intake][job]") {
    for (const char* text : {"401k matching and great benefits", "We raised $20M from investors", "3 days a week",
                             "5+ years of experience", "Team of 40 engineers", "Founded in 2015"}) {
        INFO(text);
        const auto job = in::parse_job_text(text);
        CHECK_FALSE(job.salary_min);
        CHECK_FALSE(job.salary_max);
        CHECK_FALSE(job.currency);
    }
    // A pay line wins over an earlier amount that only has a currency.
    const auto job = in::parse_job_text("Series A ($20k seed grant).\nSalary: $130k-$150k");
    CHECK(job.salary_min == 130000);
    CHECK(job.salary_max == 150000);
}

TEST_CASE("skills split by the cues of their sentence", "[intake][job]") {
    auto split = [](std::string_view t) {
        const auto job = in::parse_job_text(t);
        return std::pair{job.required_skills, job.nice_to_have_skills};
    };
    CHECK(split("Must have Python and Go, nice to have Kafka") == std::pair{strings{"Python", "Go"}, strings{"Apache Kafka"}});
    CHECK(split("Required: Python. Docker is a plus.") == std::pair{strings{"Python"}, strings{"Docker"}});
    CHECK(split("Strong Python required, Docker preferred") == std::pair{strings{"Python"}, strings{"Docker"}});
    CHECK(split("Experience with Python, ideally Django") == std::pair{strings{"Python"}, strings{"Django"}});
    CHECK(split("Experience with Kafka, Kubernetes or AWS is a plus") ==
          std::pair{strings{}, strings{"Apache Kafka", "Kubernetes", "Amazon Web Services"}});
    CHECK(split("Must have Python and Go, Kubernetes is a plus") ==
          std::pair{strings{"Python", "Go"}, strings{"Kubernetes"}});
    CHECK(split("Bonus: Rust; Java required") == std::pair{strings{"Java"}, strings{"Rust"}});
    // No cue: required.
    CHECK(split("We use Python and PostgreSQL") == std::pair{strings{"Python", "PostgreSQL"}, strings{}});
}

TEST_CASE("skills split by section headings; benefits and perks do not count", "[intake][job]") {
    const auto job = in::parse_job_text(
        "Requirements\n- Python\n- SQL\n\nNice to have:\n- Airflow\n- dbt\n\nBenefits\n- Free Kubernetes course\n");
    CHECK(job.required_skills == strings{"Python", "SQL"});
    CHECK(job.nice_to_have_skills == strings{"Apache Airflow", "dbt"});
    // A skill named as required anywhere is required, even if it is also "a plus" elsewhere.
    const auto both = in::parse_job_text("Python required.\nNice to have: Python, Go");
    CHECK(both.required_skills == strings{"Python"});
    CHECK(both.nice_to_have_skills == strings{"Go"});
}

TEST_CASE("the title's words are no skill, but a later mention of the same skill is", "[intake][job]") {
    const auto job = in::parse_job_text("We need a Senior Backend Engineer in NYC with Python.");
    CHECK(job.required_skills == strings{"Python"});
    const auto rust = in::parse_job_text("Senior Rust Engineer. Strong Rust required.");
    CHECK(rust.required_skills == strings{"Rust"});
}

TEST_CASE("minimum years of experience", "[intake][job]") {
    auto years = [](std::string_view t) { return in::parse_job_text(t).min_years; };
    CHECK(years("5+ years of Python") == 5);
    CHECK(years("at least 3 years of experience") == 3);
    CHECK(years("3-5 years of experience") == 3);
    CHECK(years("minimum 4 yrs") == 4);
    CHECK(years("five years of experience with Go") == 5);
    CHECK(years("7 or more years in backend roles") == 7);
    CHECK_FALSE(years("We were founded 10 years ago"));
    CHECK_FALSE(years("a 2 year old startup"));
    CHECK_FALSE(years("no years here"));
}

TEST_CASE("a job text of any bytes: invalid UTF-8, NULs, control bytes, a megabyte of text", "[intake][job][safety]") {
    const std::string bad = "Hiring: Senior \xFF\xFE Engineer\0 in NYC \xC3"s + "\x80\x80 $150k-190k";
    const auto job = in::parse_job_text(bad);
    CHECK(job.location == "New York, NY");
    if (job.title) CHECK(job.title->find('\xFF') == std::string::npos);
    // One megabyte in several shapes must simply return (a quadratic scan would not, in any reasonable time).
    std::string words;
    while (words.size() < (1u << 20)) words += "Python required, Docker is a plus; $150k-190k in NYC 5+ years. ";
    std::string one_line(1u << 20, 'a');
    std::string digits(1u << 20, '9');
    std::string separators(1u << 20, '-');
    std::string nuls(1u << 20, '\0');
    std::string lines;
    while (lines.size() < (1u << 20)) lines += "Requirements:\n";
    std::string cues;
    while (cues.size() < (1u << 20)) cues += "we need a we need a ";
    for (const std::string* text : {&words, &one_line, &digits, &separators, &nuls, &lines, &cues}) {
        const auto big = in::parse_job_text(*text);
        CHECK(big.required_skills.size() <= 1000);
    }
    CHECK(in::parse_job_text(words).required_skills == strings{"Python"});
}
