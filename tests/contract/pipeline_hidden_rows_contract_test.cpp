// Rows that hang off a soft-deleted application are hidden with it (docs/pipeline.md §4): the per-user lists of
// stages, outcomes, activity and reminders and the progress counts skip them, and show them again after a restore.
// Run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

struct per_user_view {
    std::vector<domain::id> stages, outcomes, activity, activity_of_job, reminders, upcoming;
    domain::progress_counts counts;
};

per_user_view view_of(ports::store& store, const domain::id& user_id, const domain::id& job_id) {
    return read(store, [&](auto& uow) {
        per_user_view v;
        v.stages = ids_of(sorted_by_id(uow.stages().list_for_user(user_id)));
        v.outcomes = ids_of(sorted_by_id(uow.outcomes().list_for_user(user_id)));
        v.activity = ids_of(sorted_by_id(uow.activity().list(user_id, std::nullopt, {})));
        v.activity_of_job = ids_of(uow.activity().list(user_id, job_id, {}));
        v.reminders = ids_of(sorted_by_id(uow.reminders().list(user_id, {}, {})));
        v.upcoming = ids_of(sorted_by_id(uow.reminders().upcoming(user_id, 100)));
        v.counts = uow.progress().counts(user_id);
        return v;
    });
}

}  // namespace

TEST_CASE("pipeline hidden rows: a soft-deleted application's stages, outcome, activity and reminders are hidden",
          "[contract][pipeline]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto live = make_application(1, owner.id);
        auto job = make_application(2, owner.id);
        auto offer_of = [](int n, const domain::id& app) {
            auto o = make_outcome(n, app);
            o.status = domain::outcome_status::offer;
            return o;
        };
        auto reminder_of = [&](int n, std::optional<domain::id> app) {
            auto r = make_reminder(n, owner.id);
            r.application_id = std::move(app);
            return r;
        };
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(live);
            uow.applications().insert(job);
            uow.stages().insert(make_stage(1, live.id));
            uow.stages().insert(make_stage(2, job.id));
            uow.outcomes().insert(offer_of(1, live.id));
            uow.outcomes().insert(offer_of(2, job.id));
            uow.reflections().insert(make_reflection(1, live.id));
            uow.reflections().insert(make_reflection(2, job.id));
            uow.activity().append(make_activity(1, owner.id, live.id));
            uow.activity().append(make_activity(2, owner.id, job.id));
            uow.activity().append(make_activity(3, owner.id));  // of no application: always shown
            uow.reminders().insert(reminder_of(1, live.id));
            uow.reminders().insert(reminder_of(2, job.id));
            uow.reminders().insert(reminder_of(3, std::nullopt));
        });

        const auto before = view_of(*store, owner.id, job.id);
        CHECK(before.stages == std::vector{uuid(table::stage, 1), uuid(table::stage, 2)});
        CHECK(before.outcomes == std::vector{uuid(table::outcome, 1), uuid(table::outcome, 2)});
        CHECK(before.activity ==
              std::vector{uuid(table::activity, 1), uuid(table::activity, 2), uuid(table::activity, 3)});
        CHECK(before.activity_of_job == std::vector{uuid(table::activity, 2)});
        const std::vector every_reminder{uuid(table::reminder, 1), uuid(table::reminder, 2), uuid(table::reminder, 3)};
        CHECK(before.reminders == every_reminder);
        CHECK(before.upcoming == every_reminder);
        CHECK(before.counts.applications == 2);
        CHECK(before.counts.stages == 2);
        CHECK(before.counts.offers == 2);
        CHECK(before.counts.reflections == 2);
        CHECK(before.counts.reminders_pending == 3);

        job.deleted_at = at(5000);
        write(*store, [&](auto& uow) { uow.applications().update(job); });
        const auto hidden = view_of(*store, owner.id, job.id);
        CHECK(hidden.stages == std::vector{uuid(table::stage, 1)});
        CHECK(hidden.outcomes == std::vector{uuid(table::outcome, 1)});
        CHECK(hidden.activity == std::vector{uuid(table::activity, 1), uuid(table::activity, 3)});
        CHECK(hidden.activity_of_job.empty());
        const std::vector shown_reminders{uuid(table::reminder, 1), uuid(table::reminder, 3)};
        CHECK(hidden.reminders == shown_reminders);
        CHECK(hidden.upcoming == shown_reminders);
        CHECK(hidden.counts.applications == 1);
        CHECK(hidden.counts.stages == 1);
        CHECK(hidden.counts.offers == 1);
        CHECK(hidden.counts.reflections == 1);
        CHECK(hidden.counts.reminders_pending == 2);

        job.deleted_at.reset();
        write(*store, [&](auto& uow) { uow.applications().update(job); });
        const auto after = view_of(*store, owner.id, job.id);
        CHECK(after.stages == before.stages);
        CHECK(after.outcomes == before.outcomes);
        CHECK(after.activity == before.activity);
        CHECK(after.activity_of_job == before.activity_of_job);
        CHECK(after.reminders == before.reminders);
        CHECK(after.upcoming == before.upcoming);
        CHECK(after.counts == before.counts);
    }
}
