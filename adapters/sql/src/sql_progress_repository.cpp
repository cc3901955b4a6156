// Milestones (seeded by migration 002), awards, and the counts milestones are judged on.
#include "sql_progress_repository.hpp"

#include "errors.hpp"
#include "live_applications.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view milestone_columns = "id, name, description, criteria_json, created_at";

domain::milestone read_milestone(const text_row& r, std::size_t first = 0) {
    domain::milestone m;
    m.id = r.text(first + 0);
    m.name = r.text(first + 1);
    m.description = r.text(first + 2);
    m.criteria_json = r.text(first + 3);
    m.created_at = r.timestamp(first + 4);
    return m;
}

}  // namespace

std::vector<domain::milestone> sql_progress_repository::milestones() {
    return guarded("milestones.list", [&] {
        std::vector<domain::milestone> out;
        query(session_, "SELECT " + std::string{milestone_columns} + " FROM milestones ORDER BY created_at, id")
            .each(5, [&](const text_row& r) { out.push_back(read_milestone(r)); });
        return out;
    });
}

std::vector<std::pair<domain::user_milestone, domain::milestone>> sql_progress_repository::reached(
    const domain::id& user_id) {
    return guarded("user_milestones.reached", [&] {
        std::vector<std::pair<domain::user_milestone, domain::milestone>> out;
        query(session_,
              "SELECT u.id, u.user_id, u.milestone_id, u.reached_at, "
              "m.id, m.name, m.description, m.criteria_json, m.created_at "
              "FROM user_milestones u JOIN milestones m ON m.id = u.milestone_id "
              "WHERE u.user_id = :user_id ORDER BY u.reached_at DESC, u.id DESC")
            .bind("user_id", user_id)
            .each(9, [&](const text_row& r) {
                domain::user_milestone um;
                um.id = r.text(0);
                um.user_id = r.text(1);
                um.milestone_id = r.text(2);
                um.reached_at = r.timestamp(3);
                out.emplace_back(std::move(um), read_milestone(r, 4));
            });
        return out;
    });
}

bool sql_progress_repository::award(const domain::user_milestone& m) {
    return guarded("user_milestones.award", [&] {
        // Insert-or-ignore on the (user_id, milestone_id) key rather than "look, then insert": a concurrent
        // transaction awarding the same milestone makes this one wait for it, then skip the row, instead of
        // failing with a unique violation. The affected-row count says which transaction won.
        const std::string text =
            "INSERT INTO user_milestones (id, user_id, milestone_id, reached_at) "
            "VALUES (:id, :user_id, :milestone_id, :reached_at)" +
            dialect_.ignore_duplicate("user_id, milestone_id");
        return query(session_, text)
                   .bind("id", m.id)
                   .bind("user_id", m.user_id)
                   .bind("milestone_id", m.milestone_id)
                   .bind("reached_at", m.reached_at)
                   .run() > 0;
    });
}

domain::progress_counts sql_progress_repository::counts(const domain::id& user_id) {
    return guarded("progress.counts", [&] {
        // One statement, one round trip. Stages, outcomes and reflections carry their application's user_id
        // (the distribution key), so every subquery is an index lookup on user_id with no join (rows of a
        // soft-deleted application are left out by a primary-key probe each). Each subquery has its own parameter: SOCI binds a name once per occurrence on some backends.
        domain::progress_counts c;
        query(session_,
              "SELECT "
              "(SELECT COUNT(*) FROM applications WHERE user_id = :u1 AND deleted_at IS NULL), "
              "(SELECT COUNT(*) FROM reflections WHERE user_id = :u2" + of_live_application("application_id") + "), "
              "(SELECT COUNT(*) FROM application_stages WHERE user_id = :u3" + of_live_application("application_id") + "), "
              "(SELECT COUNT(*) FROM outcomes WHERE user_id = :u4 AND status = :offer" +
                  of_live_application("application_id") + "), "
              "(SELECT COUNT(*) FROM contacts WHERE user_id = :u5), "
              "(SELECT COUNT(*) FROM reminders WHERE user_id = :u6 AND is_completed = :completed" +
                  of_live_application("application_id") + "), "
              "(SELECT COUNT(*) FROM user_milestones WHERE user_id = :u7), "
              "(SELECT COUNT(*) FROM follows WHERE follower_id = :follower), "
              "(SELECT COUNT(*) FROM group_members WHERE user_id = :member), "
              "(SELECT COUNT(*) FROM shared_posts WHERE user_id = :author)")
            .bind("u1", user_id)
            .bind("u2", user_id)
            .bind("u3", user_id)
            .bind("u4", user_id)
            .bind("offer", domain::to_string(domain::outcome_status::offer))
            .bind("u5", user_id)
            .bind("u6", user_id)
            .bind("completed", false)
            .bind("u7", user_id)
            .bind("follower", user_id)
            .bind("member", user_id)
            .bind("author", user_id)
            .each(10, [&](const text_row& r) {
                c.applications = r.integer(0);
                c.reflections = r.integer(1);
                c.stages = r.integer(2);
                c.offers = r.integer(3);
                c.contacts = r.integer(4);
                c.reminders_pending = r.integer(5);
                c.milestones_reached = r.integer(6);
                c.following = r.integer(7);
                c.group_memberships = r.integer(8);
                c.posts = r.integer(9);
            });
        return c;
    });
}

}  // namespace offertracker::adapters::sql
