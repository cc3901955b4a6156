// The word tables: one row per value, read both ways.
#include <offertracker/pipeline/words.hpp>

#include <array>
#include <utility>  // std::pair, std::in_place

namespace offertracker::pipeline {
namespace {

using domain::application_status;
using domain::source;

constexpr std::array<std::pair<application_status, std::string_view>, 7> status_table{{
    {application_status::saved, "saved"},
    {application_status::applied, "applied"},
    {application_status::interviewing, "interview"},
    {application_status::offer, "offer"},
    {application_status::rejected, "rejected"},
    {application_status::accepted, "accepted"},
    {application_status::withdrawn, "withdrawn"},
}};

constexpr std::array<std::string_view, 7> status_list{"saved",    "applied",  "interview", "offer",
                                                      "rejected", "accepted", "withdrawn"};

constexpr std::array<std::pair<source, std::string_view>, 10> source_table{{
    {source::linkedin, "linkedin"},
    {source::indeed, "indeed"},
    {source::glassdoor, "glassdoor"},
    {source::company_website, "company_website"},
    {source::referral, "referral"},
    {source::job_board, "job_board"},
    {source::recruiter, "recruiter"},
    {source::networking, "networking"},
    {source::career_fair, "career_fair"},
    {source::other, "other"},
}};

constexpr std::string_view manual = "manual";

constexpr std::array<std::string_view, 11> source_list{"manual",    "linkedin",  "indeed",     "glassdoor",
                                                       "company_website", "referral", "job_board", "recruiter",
                                                       "networking", "career_fair", "other"};

}  // namespace

std::span<const std::string_view> status_words() noexcept { return status_list; }

std::string_view status_word(application_status s) noexcept {
    for (const auto& row : status_table)
        if (row.first == s) return row.second;
    return {};
}

std::optional<application_status> status_from_word(std::string_view word) noexcept {
    for (const auto& row : status_table)
        if (row.second == word) return row.first;
    return std::nullopt;
}

std::span<const std::string_view> source_words() noexcept { return source_list; }

std::string_view source_word(const std::optional<source>& s) noexcept {
    if (!s) return manual;
    for (const auto& row : source_table)
        if (row.first == *s) return row.second;
    return {};
}

std::optional<std::optional<source>> source_from_word(std::string_view word) noexcept {
    if (word == manual) return std::optional<std::optional<source>>{std::in_place, std::nullopt};
    for (const auto& row : source_table)
        if (row.second == word) return std::optional<source>{row.first};
    return std::nullopt;
}

}  // namespace offertracker::pipeline
