// Resumes as files: the PDF, DOCX and TXT resumes that fixtures/make_fixtures.py writes, extracted by
// adapters/extract and read by parse_resume_text, so the parser is held to the text extraction really produces
// (a blank line between PDF pages, DOCX tabs and breaks, a cp1252 text with CRLF and "·" separators).
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <variant>
#include <vector>

#include <offertracker/extract/text_extractor.hpp>
#include <offertracker/intake/intake.hpp>

namespace extract = offertracker::extract;
namespace ports = offertracker::ports;
namespace in = offertracker::intake;

namespace {

std::string fixture(const std::string& name) {
    std::ifstream file(std::string(OFFERTRACKER_EXTRACT_FIXTURES) + "/" + name, std::ios::binary);
    REQUIRE(file);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

in::resume_fields resume_from(const std::string& name, std::string_view content_type) {
    const extract::file_text_extractor extractor;
    const auto result = extractor.extract(fixture(name), content_type, name);
    if (const auto* error = std::get_if<ports::extraction_error>(&result))
        FAIL("extraction failed: " << ports::to_string(error->kind) << ": " << error->message);
    const auto& text = std::get<ports::extracted_text>(result).text;
    INFO("extracted:\n" << text);
    return in::parse_resume_text(text, 2025);
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("a PDF resume: fields across two pages", "[extract][intake]") {
    const auto r = resume_from("resume.pdf", "application/pdf");
    CHECK(r.full_name == "Jane Doe");
    CHECK(r.headline == "Senior Backend Engineer");
    CHECK(r.location == "San Francisco, CA");
    CHECK(r.email == "jane.doe@example.com");
    CHECK(r.phone == "+1 (415) 555-0132");
    CHECK(r.linkedin_url == "https://linkedin.com/in/janedoe");
    CHECK(r.github_url == "https://github.com/janedoe");
    CHECK_FALSE(r.website_url);
    CHECK(r.current_title == "Staff Engineer");
    CHECK(r.current_company == "TechCorp");
    CHECK(r.experience_years == 9);  // 2016 to 2025
    CHECK(r.skills == strings{"Backend development", "Kubernetes", "PostgreSQL", "Python", "FastAPI", "Redis",
                              "Amazon Web Services"});
}

TEST_CASE("a DOCX resume: tab-separated contacts, two-line roles, a skills table", "[extract][intake]") {
    const auto r = resume_from("resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    CHECK(r.full_name == "Marcus Chen");
    CHECK(r.headline == "Data Engineer");
    CHECK(r.location == "Seattle, WA");
    CHECK(r.email == "marcus.chen@mail.com");
    CHECK(r.phone == "206-555-0187");
    CHECK(r.linkedin_url == "https://linkedin.com/in/marcus-chen-data");
    CHECK(r.current_title == "Senior Data Engineer");
    CHECK(r.current_company == "Amazon");
    CHECK(r.experience_years == 8);  // 2017 to 2025
    CHECK(r.skills == strings{"Apache Spark", "Apache Airflow", "Scala", "Apache Kafka"});
}

TEST_CASE("a cp1252 TXT resume with CRLF: Company - Title roles and month dates", "[extract][intake]") {
    const auto r = resume_from("resume_cp1252.txt", "text/plain");
    CHECK(r.full_name == "Priya Raman");
    CHECK(r.headline == "Product Manager | Fintech");
    CHECK(r.location == "New York, NY");
    CHECK(r.email == "priya.raman@gmail.com");
    CHECK(r.phone == "(646) 555-0199");
    CHECK(r.current_title == "Senior Product Manager");
    CHECK(r.current_company == "Stripe");
    CHECK(r.experience_years == 8);  // 2017 to 2025
    CHECK(r.skills == strings{"Product management", "Fintech", "A/B testing", "SQL"});
    // Without the present year, the latest year in the text stands in: 2021 - 2017.
    const extract::file_text_extractor extractor;
    const auto text = std::get<ports::extracted_text>(extractor.extract(fixture("resume_cp1252.txt"), "text/plain",
                                                                        "cv.txt")).text;
    CHECK(in::parse_resume_text(text).experience_years == 4);
}
