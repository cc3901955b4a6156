// The Pipeline dialect's status and source words, mapped both ways onto the OfferTracker enums (one row, two views).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include <offertracker/domain/enums.hpp>

namespace offertracker::pipeline {

// saved, applied, interview, offer, rejected, accepted, withdrawn: the dialect's status words in its own order
// (the original five first, then the two OfferTracker statuses it lacks).
[[nodiscard]] std::span<const std::string_view> status_words() noexcept;
[[nodiscard]] std::string_view status_word(domain::application_status s) noexcept;
// Exact lower-case words only; nullopt for anything else.
[[nodiscard]] std::optional<domain::application_status> status_from_word(std::string_view word) noexcept;

// "manual" then the domain sources lower-cased with spaces as underscores, in the domain's order: manual,
// linkedin, indeed, glassdoor, company_website, referral, job_board, recruiter, networking, career_fair, other.
[[nodiscard]] std::span<const std::string_view> source_words() noexcept;
// "manual" for an application with no source.
[[nodiscard]] std::string_view source_word(const std::optional<domain::source>& s) noexcept;
// Outer nullopt: not a source word. Inner nullopt: "manual" (no source). Exact lower-case words only.
[[nodiscard]] std::optional<std::optional<domain::source>> source_from_word(std::string_view word) noexcept;

}  // namespace offertracker::pipeline
