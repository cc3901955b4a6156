// fields_of: schema.org's words to OfferTracker's enums and a yearly salary.
#include <offertracker/pipeline/posting_fields.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>
#include <utility>

namespace offertracker::pipeline {
namespace {

// Upper case with '-' and ' ' as '_', so "Full-time", "full time" and "FULL_TIME" read alike.
std::string folded(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c == '-' || c == ' ') out += '_';
        else out += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

std::optional<domain::job_type> job_type_of(std::string_view employment_type) {
    using domain::job_type;
    static constexpr std::array<std::pair<std::string_view, job_type>, 11> words{{
        {"FULL_TIME", job_type::full_time}, {"FULLTIME", job_type::full_time},
        {"PART_TIME", job_type::part_time}, {"PARTTIME", job_type::part_time},
        {"CONTRACTOR", job_type::contract}, {"CONTRACT", job_type::contract}, {"TEMPORARY", job_type::contract},
        {"INTERN", job_type::internship},   {"INTERNSHIP", job_type::internship},
        {"FREELANCE", job_type::freelance}, {"FREELANCER", job_type::freelance},
    }};
    const std::string word = folded(employment_type);
    const auto it = std::find_if(words.begin(), words.end(), [&](const auto& w) { return w.first == word; });
    return it == words.end() ? std::nullopt : std::optional(it->second);
}

// Periods per year for a salary unit; nullopt for a unit that cannot be annualised.
std::optional<long long> per_year(const std::optional<std::string>& unit) {
    if (!unit) return 1;
    static constexpr std::array<std::pair<std::string_view, long long>, 5> units{{
        {"YEAR", 1}, {"MONTH", 12}, {"WEEK", 52}, {"DAY", 260}, {"HOUR", 2080}}};
    const std::string word = folded(*unit);
    const auto it = std::find_if(units.begin(), units.end(), [&](const auto& u) { return u.first == word; });
    return it == units.end() ? std::nullopt : std::optional(it->second);
}

std::optional<long long> annual(std::optional<long long> amount, long long factor) {
    if (!amount || *amount < 0 || *amount > std::numeric_limits<long long>::max() / factor) return std::nullopt;
    return *amount * factor;
}

bool is_currency_code(std::string_view s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

posting_fields fields_of(const ports::job_posting& posting) {
    posting_fields fields;
    if (posting.employment_type) fields.job_type = job_type_of(*posting.employment_type);
    if (posting.remote) fields.work_mode = domain::work_mode::remote;
    if (const auto factor = per_year(posting.salary_unit)) {
        fields.salary_min = annual(posting.salary_min, *factor);
        fields.salary_max = annual(posting.salary_max, *factor);
        if (fields.salary_min && fields.salary_max && *fields.salary_min > *fields.salary_max)
            std::swap(fields.salary_min, fields.salary_max);
    }
    if (posting.salary_currency) {
        const std::string code = folded(*posting.salary_currency);
        if (is_currency_code(code)) fields.salary_currency = code;
    }
    return fields;
}

}  // namespace offertracker::pipeline
