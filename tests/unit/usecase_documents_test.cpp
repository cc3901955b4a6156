// Documents: defaults, the parent application's 404/403 on create and list, "Not your document" for update and
// delete, validation, order, partial updates and the activity entry.
#include <offertracker/usecases/documents.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using DT = domain::document_type;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

uc::create_document_command doc(domain::id app, std::string name, std::optional<DT> type = std::nullopt) {
    uc::create_document_command cmd;
    cmd.application_id = std::move(app);
    cmd.name = std::move(name);
    cmd.doc_type = type;
    return cmd;
}

struct documents_fixture : core_fixture {
    domain::id document(const uc::actor& who, const uc::create_document_command& cmd) {
        tick();
        auto d = uc::create_document(svc, who, cmd);
        REQUIRE(d.has_value());
        return d->id;
    }
    std::vector<std::string> names(const uc::actor& who, const domain::id& app_id) {
        auto list = uc::list_documents(svc, who, app_id);
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& d : *list) out.push_back(d.name);
        return out;
    }
};

}  // namespace

TEST_CASE_METHOD(documents_fixture, "create_document: defaults, stored, logged with the type's wire string", "[usecases][documents]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    tick();
    auto d = uc::create_document(svc, ada, doc(app_id, "notes.txt"));
    REQUIRE(d.has_value());
    CHECK(d->application_id == app_id);
    CHECK(d->user_id == ada.user_id);
    CHECK(d->doc_type == DT::other);
    CHECK_FALSE(d->file_url.has_value());
    CHECK(d->created_at == clock.now());
    CHECK(store.begin(ports::access::read_only)->documents().find(d->id) == *d);

    auto cmd = doc(app_id, "CV.pdf", DT::cover_letter);
    cmd.file_url = "https://files.example.com/cv.pdf";
    cmd.notes = "tailored";
    auto cl = uc::create_document(svc, ada, cmd);
    REQUIRE(cl.has_value());
    CHECK(cl->file_url == cmd.file_url);
    CHECK(cl->notes == cmd.notes);

    const auto log = activity(ada, app_id);
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == "Document Added");
    CHECK(log[0].description == "Added Cover Letter: CV.pdf");
    CHECK(log[0].application_id == app_id);
    CHECK(log[1].description == "Added Other: notes.txt");
}

TEST_CASE_METHOD(documents_fixture, "create_document: application 404 and 403; validation first", "[usecases][documents][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto bobs = app(bob);
    REQUIRE_ERROR(uc::create_document(svc, ada, doc("missing", "x")), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::create_document(svc, ada, doc(bobs, "x")), error_kind::forbidden, "Not your application");
    auto bad = doc("missing", std::string(256, 'n'));
    bad.file_url = std::string(501, 'u');
    REQUIRE_FIELD_ERRORS(uc::create_document(svc, ada, bad),
                         field_error{.path = {"name"}, .code = field_code::too_long, .limit = 255},
                         field_error{.path = {"file_url"}, .code = field_code::too_long, .limit = 500});
    REQUIRE_FIELD_ERRORS(uc::create_document(svc, ada, doc(bobs, "")),
                         field_error{.path = {"name"}, .code = field_code::too_short, .limit = 1});
    CHECK(names(bob, bobs).empty());
}

TEST_CASE_METHOD(documents_fixture, "list_documents: newest first, one application's, 404/403", "[usecases][documents]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto a1 = app(ada);
    const auto a2 = app(ada);
    document(ada, doc(a1, "first"));
    document(ada, doc(a2, "elsewhere"));
    document(ada, doc(a1, "second"));
    CHECK(names(ada, a1) == std::vector<std::string>{"second", "first"});
    CHECK(names(ada, a2) == std::vector<std::string>{"elsewhere"});
    REQUIRE_ERROR(uc::list_documents(svc, ada, "missing"), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::list_documents(svc, bob, a1), error_kind::forbidden, "Not your application");
}

TEST_CASE_METHOD(documents_fixture, "update_document: partial, null clears, required refuse null; no activity", "[usecases][documents]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    auto cmd = doc(app_id, "CV.pdf", DT::resume);
    cmd.file_url = "https://x/cv.pdf";
    cmd.notes = "n";
    const auto id = document(ada, cmd);
    tick();
    uc::update_document_command up;
    up.doc_type = set(DT::portfolio);
    up.file_url = null<std::string>();
    auto d = uc::update_document(svc, ada, id, up);
    REQUIRE(d.has_value());
    CHECK(d->doc_type == DT::portfolio);
    CHECK(d->name == "CV.pdf");
    CHECK_FALSE(d->file_url.has_value());
    CHECK(d->notes == "n");
    CHECK(d->application_id == app_id);
    CHECK(d->updated_at == clock.now());
    CHECK(store.begin(ports::access::read_only)->documents().find(id) == *d);

    uc::update_document_command bad;
    bad.doc_type = null<DT>();
    bad.name = null<std::string>();
    REQUIRE_FIELD_ERRORS(uc::update_document(svc, ada, id, bad),
                         field_error{.path = {"doc_type"}, .code = field_code::wrong_type, .expected = "enum"},
                         field_error{.path = {"name"}, .code = field_code::wrong_type, .expected = "string"});
    CHECK(actions(ada, app_id) == std::vector<std::string>{"Document Added", "Application Created"});
}

TEST_CASE_METHOD(documents_fixture, "update and delete: 404 Document not found, 403 Not your document", "[usecases][documents][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto app_id = app(ada);
    const auto id = document(ada, doc(app_id, "CV.pdf"));
    uc::update_document_command up;
    up.notes = set<std::string>("x");
    REQUIRE_ERROR(uc::update_document(svc, ada, "missing", up), error_kind::not_found, "Document not found");
    REQUIRE_ERROR(uc::update_document(svc, bob, id, up), error_kind::forbidden, "Not your document");
    REQUIRE_ERROR(uc::delete_document(svc, ada, "missing"), error_kind::not_found, "Document not found");
    REQUIRE_ERROR(uc::delete_document(svc, bob, id), error_kind::forbidden, "Not your document");
    CHECK(names(ada, app_id) == std::vector<std::string>{"CV.pdf"});
    CHECK(uc::delete_document(svc, ada, id).has_value());
    CHECK(names(ada, app_id).empty());
    REQUIRE_ERROR(uc::delete_document(svc, ada, id), error_kind::not_found, "Document not found");
}

TEST_CASE_METHOD(documents_fixture, "deleting the application deletes its documents", "[usecases][documents]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    const auto id = document(ada, doc(app_id, "CV.pdf"));
    REQUIRE(uc::delete_application(svc, ada, app_id).has_value());
    CHECK_FALSE(store.begin(ports::access::read_only)->documents().find(id).has_value());
}

TEST_CASE_METHOD(documents_fixture, "documents do not count towards the streak", "[usecases][documents][streak]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    set_day(ymd(2026, 3, 16));
    document(ada, doc(app_id, "CV.pdf"));
    const auto u = stored_user(ada.user_id);
    CHECK(u->last_active_date == fixed_today());
    CHECK(u->streak_days == 1);
}
