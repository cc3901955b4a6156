// The labelled intake corpus (intake_corpus_data.hpp): field accuracy of parse_job_text and parse_resume_text,
// per field and overall (correct fields / labelled fields). Every mismatch and the figures are printed; README.md
// reports them. The thresholds sit a few points under the measured figures (the cases marked "held out", written
// after tuning, scored 0.91 before the fixes they prompted), so a real regression fails and a new case need not.
#include "intake_corpus_data.hpp"

#include <offertracker/intake/intake.hpp>
#include <offertracker/skills/vocabulary.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace in = offertracker::intake;
namespace sk = offertracker::skills;

struct tally {
    std::map<std::string, std::pair<int, int>> fields;  // name -> (correct, labelled), in name order
    std::vector<std::string> order;
    int correct = 0;
    int labelled = 0;

    template <class T>
    void check(const char* case_name, const std::string& field, const T& expected, const T& actual,
               const std::string& shown_expected, const std::string& shown_actual) {
        if (!fields.count(field)) order.push_back(field);
        auto& [c, l] = fields[field];
        ++l;
        ++labelled;
        if (expected == actual) {
            ++c;
            ++correct;
        } else {
            std::printf("  miss  %-36s %-20s expected %s, got %s\n", case_name, field.c_str(), shown_expected.c_str(),
                        shown_actual.c_str());
        }
    }
    double overall() const { return labelled ? static_cast<double>(correct) / labelled : 0; }
    double of(const std::string& field) const {
        const auto& [c, l] = fields.at(field);
        return static_cast<double>(c) / l;
    }
    void print(const char* title) const {
        std::printf("%s: %d of %d fields correct, accuracy %.3f\n", title, correct, labelled, overall());
        for (const auto& f : order) {
            const auto& [c, l] = fields.at(f);
            std::printf("  %-20s %2d/%2d  %.2f\n", f.c_str(), c, l, static_cast<double>(c) / l);
        }
    }
};

template <class T>
std::string show(const std::optional<T>& v) {
    if (!v) return "(none)";
    std::ostringstream out;
    out << '"' << *v << '"';
    return out.str();
}

std::string show(const std::set<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += (out.size() > 1 ? ", " : "") + s;
    return out + "}";
}

// Labels may use any spelling of the vocabulary; an unknown label is a corpus error.
std::set<std::string> canonical_set(const std::vector<std::string>& names) {
    std::set<std::string> out;
    for (const auto& n : names) {
        const auto c = sk::canonical(n);
        INFO("label " << n);
        REQUIRE(c);
        out.emplace(*c);
    }
    return out;
}

template <class T>
void field(tally& t, const char* name, const char* f, const std::optional<T>& expected, const std::optional<T>& actual) {
    t.check(name, f, expected, actual, show(expected), show(actual));
}

void skill_field(tally& t, const char* name, const char* f, const std::vector<std::string>& expected,
                 const std::vector<std::string>& actual) {
    const auto e = canonical_set(expected);
    const std::set<std::string> a(actual.begin(), actual.end());
    t.check(name, f, e, a, show(e), show(a));
}

tally job_tally() {
    tally t;
    for (const auto& c : intake_corpus::job_cases()) {
        const auto got = in::parse_job_text(c.text);
        field(t, c.name, "title", c.title, got.title);
        field(t, c.name, "department", c.department, got.department);
        field(t, c.name, "location", c.location, got.location);
        field(t, c.name, "employment_type", c.employment_type, got.employment_type);
        field(t, c.name, "remote_option", c.remote_option, got.remote_option);
        field(t, c.name, "salary_min", c.salary_min, got.salary_min);
        field(t, c.name, "salary_max", c.salary_max, got.salary_max);
        field(t, c.name, "currency", c.currency, got.currency);
        skill_field(t, c.name, "required_skills", c.required_skills, got.required_skills);
        skill_field(t, c.name, "nice_to_have_skills", c.nice_to_have_skills, got.nice_to_have_skills);
        field(t, c.name, "min_years", c.min_years, got.min_years);
    }
    return t;
}

tally resume_tally() {
    tally t;
    for (const auto& c : intake_corpus::resume_cases()) {
        const auto got = in::parse_resume_text(c.text, intake_corpus::corpus_year);
        field(t, c.name, "full_name", c.full_name, got.full_name);
        field(t, c.name, "email", c.email, got.email);
        field(t, c.name, "phone", c.phone, got.phone);
        field(t, c.name, "linkedin_url", c.linkedin_url, got.linkedin_url);
        field(t, c.name, "github_url", c.github_url, got.github_url);
        field(t, c.name, "website_url", c.website_url, got.website_url);
        field(t, c.name, "headline", c.headline, got.headline);
        field(t, c.name, "location", c.location, got.location);
        field(t, c.name, "current_title", c.current_title, got.current_title);
        field(t, c.name, "current_company", c.current_company, got.current_company);
        field(t, c.name, "experience_years", c.experience_years, got.experience_years);
        skill_field(t, c.name, "skills", c.skills, got.skills);
    }
    return t;
}

}  // namespace

TEST_CASE("the corpus is as large as the README says", "[intake][corpus]") {
    CHECK(intake_corpus::job_cases().size() >= 15);
    CHECK(intake_corpus::resume_cases().size() >= 15);
}

TEST_CASE("job field accuracy over the labelled job texts", "[intake][corpus]") {
    std::printf("jobs (%zu texts):\n", intake_corpus::job_cases().size());
    const tally t = job_tally();
    t.print("jobs");
    CHECK(t.overall() >= 0.92);  // measured 0.964 (212 of 220)
}

TEST_CASE("resume field accuracy over the labelled resumes", "[intake][corpus]") {
    std::printf("resumes (%zu texts):\n", intake_corpus::resume_cases().size());
    const tally t = resume_tally();
    t.print("resumes");
    CHECK(t.overall() >= 0.94);  // measured 0.983 (236 of 240)
}

TEST_CASE("overall field accuracy over jobs and resumes", "[intake][corpus]") {
    const tally j = job_tally();
    const tally r = resume_tally();
    const double overall = static_cast<double>(j.correct + r.correct) / (j.labelled + r.labelled);
    std::printf("overall: %d of %d fields correct, accuracy %.3f\n", j.correct + r.correct, j.labelled + r.labelled,
                overall);
    CHECK(overall >= 0.93);  // measured 0.974 (448 of 460)
}
