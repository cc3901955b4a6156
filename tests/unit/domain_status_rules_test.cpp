// The status state machine: every cell of the table against an expectation written here from the seed and
// docs/behaviour.md §5 (manual: any status; a stage moves only Applied -> Interviewing; an outcome moves to its
// own status unless the application is Accepted), plus is_automatic, trigger_for and stamps_applied_date.
#include <array>
#include <optional>

#include "test_support.hpp"

using namespace offertracker;
using domain::application_status;
using domain::status_trigger;
using S = application_status;
using T = status_trigger;

namespace {

constexpr std::array all_statuses{S::saved,    S::applied,  S::interviewing, S::offer,
                                  S::accepted, S::rejected, S::withdrawn};
constexpr std::array all_triggers{T::manual, T::stage_added, T::outcome_offer, T::outcome_rejected,
                                  T::outcome_withdrawn};

// The automatic columns, written out cell by cell: {stage_added, outcome_offer, outcome_rejected,
// outcome_withdrawn} for each current status, in the seed's status order.
struct auto_row {
    S from;
    S stage_added, outcome_offer, outcome_rejected, outcome_withdrawn;
};
constexpr std::array<auto_row, 7> expected_auto{{
    {S::saved, S::saved, S::offer, S::rejected, S::withdrawn},
    {S::applied, S::interviewing, S::offer, S::rejected, S::withdrawn},
    {S::interviewing, S::interviewing, S::offer, S::rejected, S::withdrawn},
    {S::offer, S::offer, S::offer, S::rejected, S::withdrawn},
    {S::accepted, S::accepted, S::accepted, S::accepted, S::accepted},
    {S::rejected, S::rejected, S::offer, S::rejected, S::withdrawn},
    {S::withdrawn, S::withdrawn, S::offer, S::rejected, S::withdrawn},
}};

}  // namespace

TEST_CASE("the status table has a row for every status and a column for every trigger", "[domain][status]") {
    STATIC_REQUIRE(domain::status_table.size() == 7);
    STATIC_REQUIRE(domain::status_trigger_count == 5);
    for (const auto& row : domain::status_table) CHECK(row.size() == 5);
}

TEST_CASE("manual: every status can move to every requested status", "[domain][status]") {
    for (S from : all_statuses)
        for (S requested : all_statuses) {
            INFO(domain::to_string(from) << " -> " << domain::to_string(requested));
            CHECK(domain::next_status(from, T::manual, requested) == requested);
        }
}

TEST_CASE("manual cells are all 'take the requested status'", "[domain][status]") {
    for (S from : all_statuses) {
        INFO(domain::to_string(from));
        CHECK(domain::rule_for(from, T::manual).what == domain::transition_rule::effect::requested);
    }
}

TEST_CASE("automatic cells: stage and outcome triggers from every status", "[domain][status]") {
    for (const auto& row : expected_auto) {
        INFO("from " << domain::to_string(row.from));
        CHECK(domain::next_status(row.from, T::stage_added) == row.stage_added);
        CHECK(domain::next_status(row.from, T::outcome_offer) == row.outcome_offer);
        CHECK(domain::next_status(row.from, T::outcome_rejected) == row.outcome_rejected);
        CHECK(domain::next_status(row.from, T::outcome_withdrawn) == row.outcome_withdrawn);
    }
}

TEST_CASE("automatic cells ignore the requested argument", "[domain][status]") {
    for (const auto& row : expected_auto)
        for (S requested : all_statuses) {
            INFO("from " << domain::to_string(row.from) << ", requested " << domain::to_string(requested));
            CHECK(domain::next_status(row.from, T::stage_added, requested) == row.stage_added);
            CHECK(domain::next_status(row.from, T::outcome_offer, requested) == row.outcome_offer);
            CHECK(domain::next_status(row.from, T::outcome_rejected, requested) == row.outcome_rejected);
            CHECK(domain::next_status(row.from, T::outcome_withdrawn, requested) == row.outcome_withdrawn);
        }
}

TEST_CASE("every cell agrees with the rule stated in words", "[domain][status]") {
    // The same expectation derived from the sentences of the seed / docs/behaviour.md §5, for all 35 cells.
    auto expected = [](S from, T trigger, S requested) {
        switch (trigger) {
            case T::manual: return requested;
            case T::stage_added: return from == S::applied ? S::interviewing : from;
            case T::outcome_offer: return from == S::accepted ? from : S::offer;
            case T::outcome_rejected: return from == S::accepted ? from : S::rejected;
            case T::outcome_withdrawn: return from == S::accepted ? from : S::withdrawn;
        }
        return from;
    };
    int cells = 0;
    for (S from : all_statuses)
        for (T trigger : all_triggers) {
            ++cells;
            for (S requested : all_statuses) {
                INFO(domain::to_string(from) << " / " << Catch::StringMaker<T>::convert(trigger) << " / requested "
                                             << domain::to_string(requested));
                CHECK(domain::next_status(from, trigger, requested) == expected(from, trigger, requested));
            }
        }
    CHECK(cells == 35);
}

TEST_CASE("a stage never moves anything but Applied", "[domain][status]") {
    for (S from : all_statuses) {
        INFO(domain::to_string(from));
        const bool moves = domain::next_status(from, T::stage_added) != from;
        CHECK(moves == (from == S::applied));
    }
}

TEST_CASE("Accepted is final for every automatic trigger", "[domain][status]") {
    for (T trigger : all_triggers) {
        if (trigger == T::manual) continue;
        INFO(Catch::StringMaker<T>::convert(trigger));
        CHECK(domain::next_status(S::accepted, trigger) == S::accepted);
        CHECK(domain::rule_for(S::accepted, trigger).what == domain::transition_rule::effect::keep);
    }
    // ...but the user may still correct it by hand.
    CHECK(domain::next_status(S::accepted, T::manual, S::rejected) == S::rejected);
}

TEST_CASE("the table can be evaluated at compile time", "[domain][status]") {
    STATIC_REQUIRE(domain::next_status(S::applied, T::stage_added) == S::interviewing);
    STATIC_REQUIRE(domain::next_status(S::accepted, T::outcome_rejected) == S::accepted);
    STATIC_REQUIRE(domain::next_status(S::withdrawn, T::manual, S::saved) == S::saved);
}

TEST_CASE("is_automatic is false only for manual", "[domain][status]") {
    CHECK_FALSE(domain::is_automatic(T::manual));
    CHECK(domain::is_automatic(T::stage_added));
    CHECK(domain::is_automatic(T::outcome_offer));
    CHECK(domain::is_automatic(T::outcome_rejected));
    CHECK(domain::is_automatic(T::outcome_withdrawn));
}

TEST_CASE("trigger_for maps each outcome status to its trigger", "[domain][status]") {
    CHECK(domain::trigger_for(domain::outcome_status::offer) == T::outcome_offer);
    CHECK(domain::trigger_for(domain::outcome_status::rejected) == T::outcome_rejected);
    CHECK(domain::trigger_for(domain::outcome_status::withdrawn) == T::outcome_withdrawn);
}

TEST_CASE("an outcome moves to the application status of the same name", "[domain][status]") {
    for (auto os : {domain::outcome_status::offer, domain::outcome_status::rejected, domain::outcome_status::withdrawn}) {
        const auto same_name = domain::parse_enum<S>(domain::to_string(os));
        REQUIRE(same_name);
        CHECK(domain::next_status(S::interviewing, domain::trigger_for(os)) == *same_name);
    }
}

TEST_CASE("stamps_applied_date: only creation as Applied and Saved -> Applied", "[domain][status]") {
    SECTION("creation (no previous status)") {
        for (S to : all_statuses) {
            INFO("create as " << domain::to_string(to));
            CHECK(domain::stamps_applied_date(std::nullopt, to) == (to == S::applied));
        }
    }
    SECTION("every (from, to) pair") {
        int stamping = 0;
        for (S from : all_statuses)
            for (S to : all_statuses) {
                INFO(domain::to_string(from) << " -> " << domain::to_string(to));
                const bool expected = from == S::saved && to == S::applied;
                CHECK(domain::stamps_applied_date(from, to) == expected);
                stamping += domain::stamps_applied_date(from, to) ? 1 : 0;
            }
        CHECK(stamping == 1);
    }
    SECTION("named cases") {
        CHECK(domain::stamps_applied_date(S::saved, S::applied));
        CHECK_FALSE(domain::stamps_applied_date(S::applied, S::applied));
        CHECK_FALSE(domain::stamps_applied_date(S::interviewing, S::applied));
        CHECK_FALSE(domain::stamps_applied_date(S::rejected, S::applied));
        CHECK_FALSE(domain::stamps_applied_date(S::saved, S::interviewing));
    }
}
