// The application status state machine: one table of what every trigger does from every status.
#pragma once

#include <array>
#include <optional>

#include <offertracker/domain/enums.hpp>

namespace offertracker::domain {

// What can change an application's status.
enum class status_trigger {
    manual,             // the user sets a status (PUT): users correct mistakes, so any status is allowed
    stage_added,        // an interview stage was logged
    outcome_offer,      // an outcome was recorded with status Offer (the default)
    outcome_rejected,   // ... with status Rejected
    outcome_withdrawn,  // ... with status Withdrawn
};
inline constexpr std::size_t status_trigger_count = 5;

// One cell of the table: keep the status, move to a fixed one, or take the one the user asked for.
struct transition_rule {
    enum class effect { keep, move_to, requested };
    effect what;
    application_status target;  // meaningful for move_to only

    friend constexpr bool operator==(const transition_rule&, const transition_rule&) = default;
};

namespace detail {
using enum application_status;
inline constexpr transition_rule keep{transition_rule::effect::keep, saved};
inline constexpr transition_rule any{transition_rule::effect::requested, saved};
constexpr transition_rule to(application_status s) { return {transition_rule::effect::move_to, s}; }
}  // namespace detail

// Rows: the current status (enum order). Columns: the trigger (enum order).
// The seed's auto-transitions: a stage moves Applied to Interviewing (a Saved application stays Saved);
// an outcome moves the application to the outcome's status unless it is already Accepted (docs/behaviour.md §5).
inline constexpr std::array<std::array<transition_rule, status_trigger_count>, 7> status_table{{
    //            manual        stage_added                  offer                           rejected                           withdrawn
    /* Saved */ {{detail::any, detail::keep, detail::to(application_status::offer), detail::to(application_status::rejected), detail::to(application_status::withdrawn)}},
    /* Applied */ {{detail::any, detail::to(application_status::interviewing), detail::to(application_status::offer), detail::to(application_status::rejected), detail::to(application_status::withdrawn)}},
    /* Interviewing */ {{detail::any, detail::keep, detail::to(application_status::offer), detail::to(application_status::rejected), detail::to(application_status::withdrawn)}},
    /* Offer */ {{detail::any, detail::keep, detail::to(application_status::offer), detail::to(application_status::rejected), detail::to(application_status::withdrawn)}},
    /* Accepted */ {{detail::any, detail::keep, detail::keep, detail::keep, detail::keep}},
    /* Rejected */ {{detail::any, detail::keep, detail::to(application_status::offer), detail::to(application_status::rejected), detail::to(application_status::withdrawn)}},
    /* Withdrawn */ {{detail::any, detail::keep, detail::to(application_status::offer), detail::to(application_status::rejected), detail::to(application_status::withdrawn)}},
}};

constexpr const transition_rule& rule_for(application_status from, status_trigger trigger) noexcept {
    return status_table[static_cast<std::size_t>(from)][static_cast<std::size_t>(trigger)];
}

// The status after trigger. `requested` is the status the user asked for (manual trigger only).
constexpr application_status next_status(application_status from, status_trigger trigger,
                                         application_status requested = application_status::saved) noexcept {
    const auto& rule = rule_for(from, trigger);
    switch (rule.what) {
        case transition_rule::effect::keep: return from;
        case transition_rule::effect::move_to: return rule.target;
        case transition_rule::effect::requested: return requested;
    }
    return from;
}

constexpr bool is_automatic(status_trigger trigger) noexcept { return trigger != status_trigger::manual; }

constexpr status_trigger trigger_for(outcome_status s) noexcept {
    switch (s) {
        case outcome_status::offer: return status_trigger::outcome_offer;
        case outcome_status::rejected: return status_trigger::outcome_rejected;
        case outcome_status::withdrawn: return status_trigger::outcome_withdrawn;
    }
    return status_trigger::outcome_offer;
}

// Whether reaching `to` stamps applied_date with today (when the client did not send one):
// creating an application as Applied (from = nullopt), or moving it Saved -> Applied.
constexpr bool stamps_applied_date(std::optional<application_status> from, application_status to) noexcept {
    if (to != application_status::applied) return false;
    return !from || *from == application_status::saved;
}

}  // namespace offertracker::domain
