// Random texts through every parser: bytes drawn from a fixed-seed generator, biased towards the characters the
// rules look at (digits, "$", "@", "/", ":", "-", newlines, UTF-8 lead and continuation bytes, NUL) and towards
// the words they look for, so the scanners meet their edge cases. No input may crash, hang or yield a value the
// header rules out. Run under ASan/UBSan this is the parsers' memory-safety check.
#include <offertracker/intake/intake.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <random>
#include <string>

namespace {

namespace in = offertracker::intake;

std::string random_text(std::mt19937& rng) {
    static constexpr std::array<std::string_view, 40> pieces{
        "$",        "k",       "-",          " ",         "\n",        "@",          ".",          "/",
        ":",        "(",       ")",          "|",         ",",         "+",          "#",          "\xE2\x82\xAC",
        "\xC3",     "\x80",    "\xFF",       std::string_view("\0", 1), "2019",   "present",    "years",
        "at",       "job",     "candidate",  "Engineer",  "Jane Doe",  "NYC",        "Requirements",
        "nice to have", "a plus", "linkedin.com/in/", "github.com/", "https://", "www.", "USD", "150,000",
        "Experience", "9223372036854775807999",
    };
    std::uniform_int_distribution<std::size_t> length(0, 400);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> coin(0, 3);
    std::string out;
    for (std::size_t n = length(rng); n > 0; --n) {
        if (coin(rng) == 0) out.push_back(static_cast<char>(byte(rng)));
        else out += pieces[pick(rng)];
    }
    return out;
}

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

void check_text(const std::optional<std::string>& field) {
    if (!field) return;
    CHECK(valid_utf8(*field));
    CHECK(field->find('\0') == std::string::npos);
}

}  // namespace

TEST_CASE("random texts through every parser", "[intake][safety]") {
    std::mt19937 rng(20260113);
    for (int round = 0; round < 3000; ++round) {
        const std::string text = random_text(rng);
        const auto job = in::parse_job_text(text);
        for (const auto* f : {&job.title, &job.department, &job.location, &job.employment_type, &job.remote_option,
                              &job.currency})
            check_text(*f);
        if (job.salary_min && job.salary_max) CHECK(*job.salary_min <= *job.salary_max);
        if (job.min_years) CHECK((*job.min_years >= 1 && *job.min_years <= 50));
        const auto resume = in::parse_resume_text(text);
        for (const auto* f : {&resume.full_name, &resume.email, &resume.phone, &resume.linkedin_url, &resume.github_url,
                              &resume.website_url, &resume.headline, &resume.location, &resume.current_title,
                              &resume.current_company})
            check_text(*f);
        if (resume.experience_years) CHECK((*resume.experience_years >= 0 && *resume.experience_years <= 60));
        const auto intent = in::parse_intent(text);
        if (intent.number) CHECK(*intent.number >= 0);
        if (intent.kind != in::intent_kind::create_job) CHECK(intent.argument.empty());
    }
}
