// What an embedder passes the use cases directly, on every store: an id that is not NUL-free UTF-8 names nothing
// (not found, or an empty list), and such text in a command is a validation error at its field. PostgreSQL cannot
// even compare invalid UTF-8, so on that engine a missing check is a storage_error here, not a quiet pass.
#include <catch2/catch.hpp>

#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>
#include <offertracker/usecases/accounts.hpp>
#include <offertracker/usecases/activity.hpp>
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/contacts.hpp>
#include <offertracker/usecases/documents.hpp>
#include <offertracker/usecases/outcomes.hpp>
#include <offertracker/usecases/reflections.hpp>
#include <offertracker/usecases/reminders.hpp>
#include <offertracker/usecases/resumes.hpp>
#include <offertracker/usecases/saved_jobs.hpp>
#include <offertracker/usecases/social.hpp>
#include <offertracker/usecases/stages.hpp>
#include <offertracker/usecases/tags.hpp>

#include "contract_fixtures.hpp"

using namespace contract;
namespace uc = offertracker::usecases;
namespace memory = offertracker::adapters::memory;
using offertracker::domain::error_kind;
using offertracker::domain::field_code;

namespace {

const std::string invalid = "x\xFF" "y";         // a byte that never occurs in UTF-8
const std::string surrogate = "\xED\xA0\x80";   // U+D800 encoded: not a scalar value
const std::string overlong = "\xC0\xAF";        // '/' in two bytes
const std::string with_nul = std::string("a\0b", 3);

struct services_on {
    explicit services_on(ports::store& store) : svc{store, clock, ids, hasher, tokens, files, log, throttle} {}
    memory::manual_clock clock{at(0)};
    memory::sequential_id_generator ids;
    memory::fake_password_hasher hasher;
    memory::fake_token_service tokens;
    memory::in_memory_file_storage files;
    memory::in_memory_throttle throttle{clock};
    memory::recording_event_log log;
    uc::services svc;
};

template <class R>
void check_not_found(const R& r) {
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == error_kind::not_found);
}

template <class R>
void check_field(const R& r, const std::string& field, field_code code) {
    REQUIRE_FALSE(r.has_value());
    REQUIRE(r.error().kind == error_kind::validation);
    bool found = false;
    for (const auto& f : r.error().field_errors)
        if (f.path.size() >= 1 && f.path[0] == field && f.code == code) found = true;
    INFO(field << " " << static_cast<int>(code));
    CHECK(found);
}

}  // namespace

TEST_CASE("use cases: ids that are not storable text name nothing, on every store", "[contract][usecases][utf8]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        services_on s(*store);
        auto& svc = s.svc;
        auto registered = uc::register_user(svc, {"ada@example.com", "ada", "secret1", std::nullopt});
        REQUIRE(registered.has_value());
        const uc::actor ada{registered->user.id};
        auto app = uc::create_application(svc, ada, {.company_name = "Acme", .role_title = "Engineer"});
        REQUIRE(app.has_value());
        const auto app_id = app->application.id;

        for (const auto& bad : {invalid, surrogate, overlong, with_nul}) {
            check_not_found(uc::get_application(svc, ada, bad));
            check_not_found(uc::delete_application(svc, ada, bad));
            check_not_found(uc::add_stage(svc, ada, bad, {.stage_name = "Screen"}));
            check_not_found(uc::update_stage(svc, ada, app_id, bad, {}));
            check_not_found(uc::delete_outcome(svc, ada, app_id, bad));
            check_not_found(uc::delete_reflection(svc, ada, app_id, bad));
            check_not_found(uc::list_activity(svc, ada, bad, {0, 10}));
            check_not_found(uc::get_contact(svc, ada, bad));
            check_not_found(uc::create_contact(svc, ada, {.name = "Zoe", .application_id = bad}));
            CHECK(uc::list_contacts(svc, ada, {.application_id = bad}, {0, 10})->empty());
            check_not_found(uc::list_documents(svc, ada, bad));
            check_not_found(uc::delete_document(svc, ada, bad));
            check_not_found(uc::get_reminder(svc, ada, bad));
            check_not_found(uc::get_saved_job(svc, ada, bad));
            check_not_found(uc::convert_saved_job(svc, ada, bad));
            check_not_found(uc::delete_tag(svc, ada, bad));
            check_not_found(uc::assign_tag(svc, ada, app_id, bad));
            check_not_found(uc::unassign_tag(svc, ada, app_id, bad));
            check_not_found(uc::get_resume(svc, ada, bad));
            check_not_found(uc::create_application(svc, ada, {.company_name = "A", .role_title = "R", .resume_version_id = bad}));
            check_not_found(uc::get_profile(svc, ada, bad));
            check_not_found(uc::follow_user(svc, ada, bad));
            check_not_found(uc::unfollow_user(svc, ada, bad));
            CHECK(uc::list_followers(svc, ada, bad, {0, 10})->empty());
            CHECK(uc::list_following(svc, ada, bad, {0, 10})->empty());
            CHECK(uc::get_follow_stats(svc, ada, bad)->followers_count == 0);
            check_not_found(uc::get_group(svc, ada, bad));
            check_not_found(uc::join_group(svc, ada, bad));
            check_not_found(uc::leave_group(svc, ada, bad));
            check_not_found(uc::list_members(svc, ada, bad));
            check_not_found(uc::feed(svc, ada, bad, {0, 10}));
            check_not_found(uc::create_post(svc, ada, {.content = "hi", .group_id = bad}));
            check_not_found(uc::delete_post(svc, ada, bad));
            check_not_found(uc::react(svc, ada, bad, std::nullopt));
            check_not_found(uc::unreact(svc, ada, bad));

            // An actor is an identity the core issued; a write on behalf of one that could not exist is refused.
            const auto ghost_write = uc::create_contact(svc, uc::actor{bad}, {.name = "Zoe"});
            REQUIRE_FALSE(ghost_write.has_value());
            CHECK(ghost_write.error().kind == error_kind::unauthenticated);
        }
    }
}

TEST_CASE("use cases: text that is not storable is a validation error at its field, on every store",
          "[contract][usecases][utf8]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        services_on s(*store);
        auto& svc = s.svc;
        auto registered = uc::register_user(svc, {"ada@example.com", "ada", "secret1", std::nullopt});
        REQUIRE(registered.has_value());
        const uc::actor ada{registered->user.id};
        auto app = uc::create_application(svc, ada, {.company_name = "Acme", .role_title = "Engineer"});
        REQUIRE(app.has_value());
        const auto app_id = app->application.id;

        for (const auto& [bad, type] : {std::pair{invalid, field_code::not_utf8}, std::pair{surrogate, field_code::not_utf8},
                                        std::pair{overlong, field_code::not_utf8}, std::pair{with_nul, field_code::contains_nul}}) {
            check_field(uc::register_user(svc, {"bob@example.com", bad, "secret1", std::nullopt}), "username", type);
            check_field(uc::register_user(svc, {bad + "@example.com", "bob", "secret1", std::nullopt}), "email", type);
            check_field(uc::login(svc, {bad, "secret1"}), "email", type);
            check_field(uc::update_me(svc, ada, {.bio = std::optional<std::string>{bad}}), "bio", type);
            check_field(uc::search_users(svc, ada, bad, {0, 10}), "q", type);
            check_field(uc::create_application(svc, ada, {.company_name = bad, .role_title = "R"}), "company_name", type);
            check_field(uc::create_application(svc, ada, {.company_name = "A", .role_title = "R", .notes = bad}), "notes", type);
            check_field(uc::update_application(svc, ada, app_id, {.description = std::optional<std::string>{bad}}),
                        "description", type);
            check_field(uc::add_stage(svc, ada, app_id, {.stage_name = "S", .prep_notes = bad}), "prep_notes", type);
            check_field(uc::add_stage(svc, ada, app_id, {.stage_name = "S", .questions_asked = std::vector{std::string("ok"), bad}}),
                        "questions_asked", type);
            check_field(uc::add_outcome(svc, ada, app_id, {.negotiation_notes = bad}), "negotiation_notes", type);
            check_field(uc::add_reflection(svc, ada, app_id, {.what_worked = bad}), "what_worked", type);
            check_field(uc::create_contact(svc, ada, {.name = "Zoe", .notes = bad}), "notes", type);
            check_field(uc::create_document(svc, ada, {.application_id = app_id, .name = "CV", .notes = bad}), "notes", type);
            check_field(uc::create_reminder(svc, ada, {.title = "T", .remind_at = at(60), .description = bad}), "description", type);
            check_field(uc::create_saved_job(svc, ada, {.company_name = "A", .notes = bad}), "notes", type);
            check_field(uc::create_tag(svc, ada, {.name = bad}), "name", type);
            check_field(uc::create_resume(svc, ada, {"v1", bad, std::nullopt}), "notes", type);
            check_field(uc::create_group(svc, ada, {.name = "G", .description = bad}), "description", type);
            check_field(uc::create_post(svc, ada, {.content = bad}), "content", type);
        }
        // Nothing of it was stored.
        auto apps = uc::list_applications(svc, ada, {}, {0, 100});
        REQUIRE(apps.has_value());
        CHECK(apps->size() == 1);
    }
}
