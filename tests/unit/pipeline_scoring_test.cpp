// The offline job score: the bands at their edges, a perfect and a hopeless resume, aliases, each component's
// effect, the fallback to key words when a job names no skill, the reasoning, and odd inputs (empty, invalid UTF-8,
// very long), all deterministic.
#include <offertracker/pipeline/scoring.hpp>
#include <offertracker/text/utf8.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace p = offertracker::pipeline;

namespace {

using list = std::vector<std::string>;

constexpr std::string_view backend_title = "Senior Backend Engineer";
constexpr std::string_view backend_description =
    "We are hiring an engineer to grow our platform.\n"
    "Requirements: Python, Kubernetes and PostgreSQL.\n"
    "5+ years of experience building web services.\n"
    "Nice to have: Kafka.\n";

const p::job_text backend{backend_title, backend_description};

constexpr std::string_view strong_resume =
    "Jane Doe\n"
    "Backend Engineer\n"
    "8 years of experience building backend services in Python on k8s with PostgreSQL and Kafka.\n";

bool contains(const list& l, std::string_view s) { return std::find(l.begin(), l.end(), s) != l.end(); }

std::size_t sentences(const std::string& text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) ++n;
    return n;
}

}  // namespace

TEST_CASE("band_of: the four bands at their boundaries") {
    CHECK(p::band_of(0) == "Poor");
    CHECK(p::band_of(39) == "Poor");
    CHECK(p::band_of(40) == "Fair");
    CHECK(p::band_of(59) == "Fair");
    CHECK(p::band_of(60) == "Good");
    CHECK(p::band_of(79) == "Good");
    CHECK(p::band_of(80) == "Excellent");
    CHECK(p::band_of(100) == "Excellent");
    CHECK(p::band_of(-1) == "Poor");
}

TEST_CASE("score_job: a resume with every skill, the title and the years is Excellent") {
    const auto r = p::score_job(strong_resume, "", backend);
    CHECK(r.score >= 80);
    CHECK(r.band == "Excellent");
    CHECK(r.band == p::band_of(r.score));
    CHECK(r.missing.empty());
    CHECK(r.matched == list{"Backend development", "Python", "Kubernetes", "PostgreSQL", "Apache Kafka"});
    CHECK(r.score == 100);
}

TEST_CASE("score_job: a resume sharing nothing with the job is Poor and names what is missing") {
    const auto r = p::score_job("Pastry chef. Baking bread, cakes and croissants for ten years.", "", backend);
    CHECK(r.score < 40);
    CHECK(r.band == "Poor");
    CHECK(r.matched.empty());
    CHECK(r.missing == list{"Backend development", "Python", "Kubernetes", "PostgreSQL"});
    CHECK_THAT(r.reasoning, Catch::Contains("Matches none of the 4 required skills"));
    CHECK_THAT(r.reasoning, Catch::Contains("missing Backend development, Python, Kubernetes and PostgreSQL."));
}

TEST_CASE("score_job: an alias in the resume counts as the job's skill") {
    const p::job_text job{"Platform Engineer", "Requirements: Kubernetes."};
    const auto alias = p::score_job("Platform engineer running k8s clusters.", "", job);
    CHECK(alias.matched == list{"Kubernetes"});
    CHECK(alias.missing.empty());
    const auto none = p::score_job("Platform engineer running VMware clusters.", "", job);
    CHECK(none.missing == list{"Kubernetes"});
    CHECK(alias.score > none.score);
}

TEST_CASE("score_job: required coverage weighs most, nice-to-have some") {
    const auto half = p::score_job("Backend engineer with Python and Kafka.", "", backend);
    CHECK(contains(half.matched, "Python"));
    CHECK(contains(half.matched, "Apache Kafka"));
    CHECK(half.missing == list{"Kubernetes", "PostgreSQL"});
    CHECK_THAT(half.reasoning, Catch::Contains("Matches 2 of 4 required skills (Backend development and Python); missing Kubernetes and PostgreSQL."));
    CHECK_THAT(half.reasoning, Catch::Contains("Has 1 of 1 nice-to-have skill: Apache Kafka."));
    const auto required_only = p::score_job("Backend engineer with Python, Kubernetes and PostgreSQL.", "", backend);
    const auto nice_only = p::score_job("Backend engineer with Kafka.", "", backend);
    CHECK(required_only.score > half.score);
    CHECK(half.score > nice_only.score);
    // No years stated: 60 (all four required) + 0 (no Kafka) + 15 (both title words) of 90.
    CHECK(required_only.score == 83);  // round(100 * (60 + 15) / 90)
}

TEST_CASE("score_job: the years of experience the job asks for") {
    const auto senior = p::score_job(strong_resume, "", backend);
    const std::string junior_resume =
        "Jane Doe\nBackend Engineer\n2 years of experience building backend services in Python on k8s with "
        "PostgreSQL and Kafka.\n";
    const auto junior = p::score_job(junior_resume, "", backend);
    CHECK(junior.score < senior.score);
    CHECK(junior.score == 94);  // 60 + 15 + 15 + 10 * 2/5 = 94 of 100
    CHECK_THAT(junior.reasoning, Catch::Contains("The job asks for 5 years of experience; the resume shows 2 years"));
    CHECK_THAT(senior.reasoning, Catch::Contains("the resume shows 8 years."));
    const auto unstated = p::score_job("Backend engineer: Python, k8s, PostgreSQL, Kafka.", "", backend);
    CHECK_THAT(unstated.reasoning, Catch::Contains("the resume does not state its years"));
    CHECK(unstated.score == 100);  // the component does not apply
}

TEST_CASE("score_job: the profile text counts with the resume") {
    const auto none = p::score_job("", "", backend);
    const auto profile = p::score_job("", "Backend engineer. Python, Kubernetes, PostgreSQL.", backend);
    CHECK(none.score == 0);
    CHECK(profile.score > 60);
    CHECK(profile.missing.empty());
}

TEST_CASE("score_job: an empty resume scores 0 and lists every required skill as missing") {
    const auto r = p::score_job("", "   \n", backend);
    CHECK(r.score == 0);
    CHECK(r.band == "Poor");
    CHECK(r.matched.empty());
    CHECK(r.missing == list{"Backend development", "Python", "Kubernetes", "PostgreSQL"});
    CHECK(r.reasoning == "There is no resume or profile text to compare with the job.");
}

TEST_CASE("score_job: an empty description scores against the title") {
    const p::job_text job{"Python Developer", ""};
    const auto fit = p::score_job("Python developer building APIs.", "", job);
    CHECK(fit.matched == list{"Python"});
    CHECK(fit.score == 100);
    const auto off = p::score_job("Java developer building APIs.", "", job);
    CHECK(off.missing == list{"Python"});
    CHECK(off.score == 10);  // the title word "engineer" (1 of 2): 7.5 of 75
    const auto empty = p::score_job(strong_resume, "", p::job_text{"", " "});
    CHECK(empty.score == 0);
    CHECK(empty.reasoning == "The job has no title or description to score against.");
}

TEST_CASE("score_job: a job naming no skill falls back to shared key words") {
    const p::job_text job{"Barista", "Prepare espresso drinks, greet customers and keep the cafe spotless."};
    const auto barista = p::score_job("Barista at a busy cafe: espresso drinks, latte art, regular customers.", "", job);
    const auto clerk = p::score_job("Warehouse clerk: forklift, inventory counts.", "", job);
    CHECK(barista.matched.empty());
    CHECK(barista.missing.empty());
    CHECK(barista.score > clerk.score);
    CHECK(clerk.score == 0);
    CHECK_THAT(barista.reasoning, Catch::Contains("The job names no known skills; the resume shares"));
    CHECK_THAT(barista.reasoning, Catch::Contains("espresso"));
    CHECK_THAT(clerk.reasoning, Catch::Contains("shares none of its key words"));
}

TEST_CASE("score_job: the reasoning is one to four sentences naming matched and missing skills") {
    const auto r = p::score_job("Backend engineer, 3 years of experience, Python and Kafka.", "", backend);
    CHECK(sentences(r.reasoning) >= 1);
    CHECK(sentences(r.reasoning) <= 4);
    CHECK_THAT(r.reasoning, Catch::Contains("Python"));
    CHECK_THAT(r.reasoning, Catch::Contains("missing Kubernetes and PostgreSQL"));
    CHECK_THAT(r.reasoning, Catch::Contains("5 years"));
}

TEST_CASE("score_job: invalid UTF-8 is passed over and never reaches the reasoning") {
    const std::string resume = "\xff\xfe Backend engineer \xc3 with Python\xe2\x82 and k8s \xed\xa0\x80.";
    const std::string title = "Backend \xff Engineer \xc3\x28";
    const std::string description = "Requirements: Python, Kubernetes.\xf8\x88\x80\x80\x80";
    const auto r = p::score_job(resume, "\x80\x80", p::job_text{title, description});
    CHECK(r.score >= 0);
    CHECK(r.score <= 100);
    CHECK(contains(r.matched, "Python"));
    CHECK(contains(r.matched, "Kubernetes"));
    CHECK(offertracker::text::is_valid_utf8(r.reasoning));
}

TEST_CASE("score_job: very long inputs stay in range and deterministic") {
    std::string resume;
    while (resume.size() < 1'000'000) resume += "Backend engineer shipping Python services on Kubernetes. ";
    std::string description(backend_description);
    while (description.size() < 200'000) description += "We value ownership, curiosity and clear writing. ";
    const p::job_text job{backend_title, description};
    const auto a = p::score_job(resume, resume, job);
    const auto b = p::score_job(resume, resume, job);
    CHECK(a.score >= 0);
    CHECK(a.score <= 100);
    CHECK(contains(a.matched, "Python"));
    CHECK(a.missing == list{"PostgreSQL"});
    CHECK(a.score == b.score);
    CHECK(a.reasoning == b.reasoning);
}

TEST_CASE("score_job: deterministic and independent of earlier calls") {
    const auto first = p::score_job(strong_resume, "Headline: Python person", backend);
    (void)p::score_job("Something else entirely with Go and Rust.", "", backend);
    const auto again = p::score_job(strong_resume, "Headline: Python person", backend);
    CHECK(first.score == again.score);
    CHECK(first.band == again.band);
    CHECK(first.matched == again.matched);
    CHECK(first.missing == again.missing);
    CHECK(first.reasoning == again.reasoning);
}

TEST_CASE("score_job: matched follows the job's order of first mention") {
    const p::job_text job{"Senior Golang Engineer", "Requirements: Terraform, AWS. Nice to have: Docker."};
    const auto r = p::score_job("Docker, AWS, Terraform and Go.", "", job);
    CHECK(r.matched == list{"Go", "Terraform", "Amazon Web Services", "Docker"});
    CHECK(r.missing.empty());
}

TEST_CASE("score_job: random bytes never break the range, the band or the reasoning's UTF-8") {
    std::uint32_t state = 20261204;  // a fixed xorshift seed: the same bytes every run
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    constexpr std::string_view words[] = {"Python", " k8s ", "Requirements: ", "Nice to have: ", "\xc3\xa9", "\xff",
                                          "5+ years of experience", "\n", ", ", "Engineer", "\xe2\x80\xa2", "C++"};
    for (int round = 0; round < 300; ++round) {
        std::string parts[3];
        for (auto& part : parts) {
            const auto n = next() % 40;
            for (std::uint32_t i = 0; i < n; ++i) {
                if (next() % 2 == 0)
                    part += words[next() % std::size(words)];
                else
                    part += static_cast<char>(next() & 0xFF);
            }
        }
        const auto r = p::score_job(parts[0], parts[1], p::job_text{parts[2].substr(0, 20), parts[2]});
        CHECK(r.score >= 0);
        CHECK(r.score <= 100);
        CHECK(r.band == p::band_of(r.score));
        CHECK(offertracker::text::is_valid_utf8(r.reasoning));
        CHECK_FALSE(r.reasoning.empty());
    }
}
