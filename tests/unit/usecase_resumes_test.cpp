// Resume versions: create, get, list, update, delete (unlinking applications), with ownership and limits.
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "create_resume keeps the fields", "[usecases][resumes]") {
    const auto ada = user("ada");
    tick();
    auto r = uc::create_resume(svc, ada, {"v1.0.0", "For backend roles", "https://cv.example/ada.pdf"});
    REQUIRE(r.has_value());
    CHECK(r->user_id == ada.user_id);
    CHECK(r->version_name == "v1.0.0");
    CHECK(r->notes == std::optional<std::string>{"For backend roles"});
    CHECK(r->file_url == std::optional<std::string>{"https://cv.example/ada.pdf"});
    CHECK_FALSE(r->file_key.has_value());
    CHECK(r->created_at == clock.now());
    CHECK(stored_resume(r->id) == *r);
}

TEST_CASE_METHOD(core_fixture, "create_resume is not counted towards the streak", "[usecases][resumes][streak]") {
    const auto ada = user("ada");
    REQUIRE(uc::create_resume(svc, ada, {"v1", std::nullopt, std::nullopt}).has_value());
    CHECK(stored_user(ada.user_id)->streak_days == 0);
    CHECK(activity(ada).empty());
}

TEST_CASE_METHOD(core_fixture, "create_resume: limits", "[usecases][resumes][validation]") {
    const auto ada = user("ada");
    CHECK(uc::create_resume(svc, ada, {std::string(50, 'v'), std::nullopt, std::string(500, 'u')}).has_value());
    REQUIRE_FIELD_ERRORS(uc::create_resume(svc, ada, {std::string(51, 'v'), std::nullopt, std::string(501, 'u')}),
                         field_error{.path = {"version_name"}, .code = field_code::too_long, .limit = 50},
                         field_error{.path = {"file_url"}, .code = field_code::too_long, .limit = 500});
    REQUIRE_FIELD_ERRORS(uc::create_resume(svc, ada, {"", std::nullopt, std::nullopt}),
                         field_error{.path = {"version_name"}, .code = field_code::too_short, .limit = 1});
    CHECK(uc::list_resumes(svc, ada, {0, 100})->size() == 1);
}

TEST_CASE_METHOD(core_fixture, "get_resume: own; 404; 403", "[usecases][resumes][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = resume(ada, "mine");
    auto r = uc::get_resume(svc, ada, id);
    REQUIRE(r.has_value());
    CHECK(r->version_name == "mine");
    REQUIRE_ERROR(uc::get_resume(svc, ada, "no-such-resume"), error_kind::not_found, "Resume version not found");
    REQUIRE_ERROR(uc::get_resume(svc, bob, id), error_kind::forbidden, "Not your resume");
}

TEST_CASE_METHOD(core_fixture, "list_resumes: own only, in creation order, paged", "[usecases][resumes][list]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    resume(ada, "a");
    resume(bob, "bob's");
    resume(ada, "b");
    resume(ada, "c");
    auto names = [&](ports::page p) {
        auto r = uc::list_resumes(svc, ada, p);
        REQUIRE(r.has_value());
        std::string out;
        for (const auto& x : *r) out += x.version_name;
        return out;
    };
    CHECK(names({0, 100}) == "abc");
    CHECK(names({1, 1}) == "b");
    CHECK(names({2, 5}) == "c");
    CHECK(names({3, 5}).empty());
    CHECK(uc::list_resumes(svc, bob, {0, 100})->size() == 1);
}

TEST_CASE_METHOD(core_fixture, "update_resume: partial, null clears, required null is 422", "[usecases][resumes][update]") {
    const auto ada = user("ada");
    auto created = uc::create_resume(svc, ada, {"v1", "notes", "https://x.example/cv"});
    REQUIRE(created.has_value());
    tick();
    uc::update_resume_command up;
    up.version_name = set<std::string>("v2");
    up.notes = null<std::string>();
    auto r = uc::update_resume(svc, ada, created->id, up);
    REQUIRE(r.has_value());
    CHECK(r->version_name == "v2");
    CHECK_FALSE(r->notes.has_value());
    CHECK(r->file_url == std::optional<std::string>{"https://x.example/cv"});
    CHECK(r->updated_at == clock.now());
    CHECK(r->created_at == created->created_at);
    CHECK(stored_resume(created->id) == *r);

    uc::update_resume_command bad;
    bad.version_name = null<std::string>();
    bad.file_url = set(std::string(501, 'u'));
    REQUIRE_FIELD_ERRORS(uc::update_resume(svc, ada, created->id, bad),
                         field_error{.path = {"version_name"}, .code = field_code::wrong_type, .expected = "string"},
                         field_error{.path = {"file_url"}, .code = field_code::too_long, .limit = 500});
    bad = {};
    bad.version_name = set(std::string(51, 'v'));
    REQUIRE_FIELD_ERRORS(uc::update_resume(svc, ada, created->id, bad),
                         field_error{.path = {"version_name"}, .code = field_code::too_long, .limit = 50});
    CHECK(stored_resume(created->id)->version_name == "v2");
}

TEST_CASE_METHOD(core_fixture, "update_resume: 404 and 403", "[usecases][resumes][update][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = resume(ada);
    uc::update_resume_command up;
    up.notes = set<std::string>("x");
    REQUIRE_ERROR(uc::update_resume(svc, ada, "no-such-resume", up), error_kind::not_found, "Resume version not found");
    REQUIRE_ERROR(uc::update_resume(svc, bob, id, up), error_kind::forbidden, "Not your resume");
    CHECK_FALSE(stored_resume(id)->notes.has_value());
}

TEST_CASE_METHOD(core_fixture, "delete_resume unlinks the applications that named it", "[usecases][resumes][delete]") {
    const auto ada = user("ada");
    const auto cv = resume(ada);
    const auto other_cv = resume(ada, "other");
    auto cmd = uc::create_application_command{};
    cmd.company_name = "Acme";
    cmd.role_title = "Engineer";
    cmd.resume_version_id = cv;
    auto linked = uc::create_application(svc, ada, cmd);
    REQUIRE(linked.has_value());
    cmd.resume_version_id = other_cv;
    auto unrelated = uc::create_application(svc, ada, cmd);
    REQUIRE(unrelated.has_value());

    REQUIRE(uc::delete_resume(svc, ada, cv).has_value());
    REQUIRE_ERROR(uc::get_resume(svc, ada, cv), error_kind::not_found, "Resume version not found");
    const auto a = stored_app(linked->application.id);
    REQUIRE(a.has_value());  // kept
    CHECK_FALSE(a->resume_version_id.has_value());
    CHECK(stored_app(unrelated->application.id)->resume_version_id == other_cv);
}

TEST_CASE_METHOD(core_fixture, "delete_resume: 404 and 403", "[usecases][resumes][delete][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = resume(ada);
    REQUIRE_ERROR(uc::delete_resume(svc, ada, "no-such-resume"), error_kind::not_found, "Resume version not found");
    REQUIRE_ERROR(uc::delete_resume(svc, bob, id), error_kind::forbidden, "Not your resume");
    CHECK(stored_resume(id).has_value());
}

TEST_CASE_METHOD(core_fixture, "update_resume: file_url can be set and cleared when nothing was uploaded", "[usecases][resumes][update]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    uc::update_resume_command up;
    up.file_url = set<std::string>("https://cv.example/new");
    auto r = uc::update_resume(svc, ada, id, up);
    REQUIRE(r.has_value());
    CHECK(r->file_url == std::optional<std::string>{"https://cv.example/new"});
    up.file_url = null<std::string>();
    r = uc::update_resume(svc, ada, id, up);
    REQUIRE(r.has_value());
    CHECK_FALSE(r->file_url.has_value());
    CHECK_FALSE(stored_resume(id)->file_url.has_value());
}
