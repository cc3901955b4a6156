// parse_resume_text, rule by rule: name, contacts and profile URLs, headline, location, the current role in each
// layout, years of experience (stated, or the span of dated roles with and without the present year), skills; and
// any bytes at all.
#include <offertracker/intake/intake.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

namespace in = offertracker::intake;
using namespace std::string_literals;
using strings = std::vector<std::string>;

in::resume_fields parse(std::string_view text) { return in::parse_resume_text(text, 2025); }

}  // namespace

TEST_CASE("the name is the first line that reads as a person's name", "[intake][resume]") {
    CHECK(parse("Jane Doe\nSenior Engineer").full_name == "Jane Doe");
    CHECK(parse("Resume\nJANE DOE\n").full_name == "Jane Doe");
    CHECK(parse("Curriculum Vitae\nMaria de la Cruz\n").full_name == "Maria de la Cruz");
    CHECK(parse("Michael O'Brien | Engineering Manager").full_name == "Michael O'Brien");
    CHECK(parse("Name: Hannah Schmidt").full_name == "Hannah Schmidt");
    CHECK(parse("Dr. Ravi Patel\n").full_name == "Ravi Patel");
    CHECK(parse("Jean-Luc Picard\n").full_name == "Jean-Luc Picard");
    // Not names: a title, a place, contact details, digits, one word, five words, a skills list.
    CHECK_FALSE(parse("Senior Backend Engineer\n").full_name);
    CHECK_FALSE(parse("San Francisco, CA\n").full_name);
    CHECK_FALSE(parse("jane@example.com\n").full_name);
    CHECK_FALSE(parse("Room 101 Plaza\n").full_name);
    CHECK_FALSE(parse("Jane\n").full_name);
    CHECK_FALSE(parse("One Two Three Four Five\n").full_name);
    CHECK_FALSE(parse("Python Java Kotlin\n").full_name);
}

TEST_CASE("email and phone, international and US formats", "[intake][resume]") {
    CHECK(parse("Jane Doe\njane.doe+jobs@mail.example.com").email == "jane.doe+jobs@mail.example.com");
    CHECK_FALSE(parse("Jane Doe\nat @handle or foo@bar").email);
    for (const char* phone : {"+1 (415) 555-0132", "(415) 555-0132", "415-555-0132", "415.555.0132",
                              "+44 20 7946 0958", "+49 30 1234 5678", "+33 6 12 34 56 78"}) {
        INFO(phone);
        CHECK(parse(std::string("Jane Doe\n") + phone + " | jane@x.io").phone == phone);
    }
    // Date ranges and years are no phone numbers.
    CHECK_FALSE(parse("Jane Doe\nExperience\nEngineer at X (2015-2019)\nEngineer at Y 2019 - 2021").phone);
}

TEST_CASE("LinkedIn and GitHub URLs with or without a scheme, another URL as the website", "[intake][resume]") {
    const auto r = parse("Jane Doe\nwww.linkedin.com/in/janedoe/ | http://github.com/janedoe | janedoe.dev\n");
    CHECK(r.linkedin_url == "https://linkedin.com/in/janedoe");
    CHECK(r.github_url == "https://github.com/janedoe");
    CHECK(r.website_url == "https://janedoe.dev");
    CHECK(parse("Jane Doe\nhttps://uk.linkedin.com/in/jane").linkedin_url == "https://linkedin.com/in/jane");
    CHECK(parse("Jane Doe\nPortfolio: https://www.jane.design/work/").website_url == "https://jane.design/work");
    // A skill spelled like a host is no website; an email's domain is no website.
    const auto skills_only = parse("Jane Doe\nNode.js | ASP.NET | jane@janedoe.dev\n");
    CHECK_FALSE(skills_only.website_url);
    CHECK(skills_only.skills == strings{"Node.js", "ASP.NET"});
}

TEST_CASE("the headline is the short line under the name that is not contact details", "[intake][resume]") {
    CHECK(parse("Jane Doe\nSenior Backend Engineer\njane@x.io").headline == "Senior Backend Engineer");
    CHECK(parse("Jane Doe\njane@x.io | 415-555-0132\nStaff Engineer | Python").headline == "Staff Engineer | Python");
    CHECK(parse("Jane Doe | Data Scientist | jane@x.io").headline == "Data Scientist");
    CHECK(parse("Jane Doe\nSeattle, WA | Platform Engineer | jane@x.io").headline == "Platform Engineer");
    CHECK_FALSE(parse("Jane Doe\njane@x.io\n\nExperience\nEngineer at X").headline);
}

TEST_CASE("the location: a cue, else a place in the header", "[intake][resume]") {
    CHECK(parse("Jane Doe\nSan Francisco, CA | jane@x.io").location == "San Francisco, CA");
    CHECK(parse("Jane Doe\nLocation: NYC").location == "New York, NY");
    CHECK(parse("Jane Doe\njane@x.io \xE2\x80\xA2 Berlin, Germany").location == "Berlin, Germany");
    // A place in the experience section is a past job's, not the candidate's.
    CHECK_FALSE(parse("Jane Doe\n\nExperience\nEngineer, Acme, Austin, TX (2019 - present)").location);
}

TEST_CASE("the current role in each layout", "[intake][resume]") {
    struct row {
        const char* section;
        const char* title;
        const char* company;
    };
    const std::vector<row> rows{
        {"Staff Engineer at TechCorp (2019 - present)", "Staff Engineer", "TechCorp"},
        {"Staff Engineer, TechCorp (2019\xE2\x80\x93present)", "Staff Engineer", "TechCorp"},
        {"TechCorp \xE2\x80\x94 Staff Engineer\n2019 - present", "Staff Engineer", "TechCorp"},
        {"Staff Engineer\nTechCorp | 2019 - present", "Staff Engineer", "TechCorp"},
        {"TechCorp\nStaff Engineer | 2019 - present", "Staff Engineer", "TechCorp"},
        {"Staff Engineer | TechCorp | Jan 2019 - Present", "Staff Engineer", "TechCorp"},
        {"Staff Engineer @ TechCorp, San Francisco, CA, 2019 - now", "Staff Engineer", "TechCorp"},
        {"2019 - present: Staff Engineer at TechCorp", "Staff Engineer", "TechCorp"},
    };
    for (const auto& r : rows) {
        INFO(r.section);
        const auto got = parse(std::string("Jane Doe\n\nExperience\n") + r.section +
                               "\nSoftware Engineer at OldCo (2012 - 2019)\n\nEducation\nBSc, 2012");
        CHECK(got.current_title == r.title);
        CHECK(got.current_company == r.company);
    }
    // Without an experience section: "... at Company" in prose.
    const auto prose = parse("Jane Doe\nCurrently a staff engineer at TechCorp. Previously at OldCo.");
    CHECK(prose.current_title == "Staff Engineer");
    CHECK(prose.current_company == "TechCorp");
}

TEST_CASE("experience years: stated, else the span of dated roles", "[intake][resume]") {
    CHECK(parse("Jane Doe\nEngineer with 8 years of experience").experience_years == 8);
    CHECK(parse("Jane Doe\nOver 10 years of professional experience").experience_years == 10);
    const std::string dated =
        "Jane Doe\n\nExperience\nStaff Engineer at TechCorp (2019 - present)\nEngineer at OldCo (2014 - 2019)\n"
        "\nEducation\nBSc (2010 - 2014)\n";
    // The present year given: 2025 - 2014; education dates do not count.
    CHECK(in::parse_resume_text(dated, 2025).experience_years == 11);
    // Without it, the latest year written in the text stands in for "present".
    CHECK(in::parse_resume_text(dated).experience_years == 5);
    CHECK(in::parse_resume_text(dated + "Certified 2023\n").experience_years == 9);
    // Ended roles only: their span.
    CHECK(parse("Jane Doe\nExperience\nEngineer at A (2015 - 2018)\nIntern at B (2013 - 2014)").experience_years == 5);
    CHECK_FALSE(parse("Jane Doe\nExperience\nEngineer at A").experience_years);
    // The company's age is not the candidate's experience.
    CHECK_FALSE(parse("Jane Doe\nJoined a company founded 30 years ago").experience_years);
}

TEST_CASE("skills through the vocabulary, without URLs and employers", "[intake][resume]") {
    const auto r = parse("Jane Doe\ngithub.com/jane | https://jane.dev\n\nExperience\nEngineer at Stripe (2019 - "
                         "present)\nBuilt k8s tooling in golang and Postgres.\n\nSkills\nPython, C++, React\n");
    CHECK(r.skills == strings{"Kubernetes", "Go", "PostgreSQL", "Python", "C++", "React"});
}

TEST_CASE("a resume of any bytes: invalid UTF-8, NULs, a megabyte of text", "[intake][resume][safety]") {
    const std::string bad = "Jane Doe\n\xFF\xFE\0jane@x.io\n\xC3\n+1 415 555 0132\n"s;
    const auto r = in::parse_resume_text(bad);
    CHECK(r.full_name == "Jane Doe");
    CHECK(r.email == "jane@x.io");
    std::string lines;
    while (lines.size() < (1u << 20)) lines += "Staff Engineer at TechCorp (2019 - present) jane@x.io github.com/j\n";
    std::string one_line;
    while (one_line.size() < (1u << 20)) one_line += "Jane Doe | 415-555-0132 | a@b | linkedin.com/in/x | 2019 - ";
    std::string ats(1u << 20, '@');
    std::string digits(1u << 20, '5');
    std::string blank(1u << 20, '\n');
    std::string words;
    while (words.size() < (1u << 20)) words += "Experience\nEngineer\nAcme | 2019 - present\n";
    for (const std::string* text : {&lines, &one_line, &ats, &digits, &blank, &words}) {
        const auto big = in::parse_resume_text(*text);
        CHECK(big.skills.size() <= 1000);
    }
}

TEST_CASE("tab-separated header fields, as DOCX extraction writes them", "[intake][resume]") {
    const auto r = parse("Jane Doe\nSeattle, WA\tjane@x.io\t206-555-0187\tlinkedin.com/in/jane\tgithub.com/jane\n");
    CHECK(r.location == "Seattle, WA");
    CHECK(r.email == "jane@x.io");
    CHECK(r.phone == "206-555-0187");
    CHECK(r.linkedin_url == "https://linkedin.com/in/jane");
    CHECK(r.github_url == "https://github.com/jane");
}
