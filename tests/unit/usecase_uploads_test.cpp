// Resume uploads: the documented check order (404, 403, type, size), private keys under the owner's id,
// replacement and deletion removing files, and reading files back only as their owner.
#include <offertracker/adapters/memory/forwarding_unit_of_work.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;

namespace {

constexpr const char* not_allowed = "Only PDF and Word documents are allowed";
constexpr const char* too_large = "File too large (max 10 MB)";
constexpr const char* pdf_type = "application/pdf";
constexpr const char* docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const std::string pdf_bytes = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
const std::string docx_bytes =
    std::string("PK\x03\x04\x14\x00\x06\x00", 8) + std::string(22, '\0') + "word/document.xml<w:document/>";

uc::upload pdf(std::string name = "cv.pdf") { return {std::move(name), pdf_type, pdf_bytes}; }

// A PDF of exactly n bytes.
uc::upload pdf_of_size(std::size_t n) {
    std::string content = "%PDF-1.7\n";
    content.resize(n, 'x');
    return {"big.pdf", pdf_type, std::move(content)};
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "upload stores the file under the owner's id and records its key", "[usecases][uploads]") {
    const auto ada = user("ada");
    auto created = uc::create_resume(svc, ada, {"v1", std::nullopt, "https://old.example/cv"});
    REQUIRE(created.has_value());
    tick();
    auto r = uc::upload_resume_file(svc, ada, created->id, pdf());
    REQUIRE(r.has_value());
    REQUIRE(r->file_key.has_value());
    const std::string& key = *r->file_key;
    CHECK(key.starts_with(ada.user_id + "/"));
    CHECK(key.ends_with(".pdf"));
    CHECK(key.find(created->id) != std::string::npos);
    CHECK_FALSE(r->file_url.has_value());  // the upload replaces the external link
    CHECK(r->updated_at == clock.now());
    CHECK(stored_resume(created->id) == *r);

    const auto stored = files.get(key);
    REQUIRE(stored.has_value());
    CHECK(stored->content == pdf_bytes);
    CHECK(stored->content_type == pdf_type);
    CHECK(files.size() == 1);
}

TEST_CASE_METHOD(core_fixture, "upload: a generic declared type is refused", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    REQUIRE_ERROR(uc::upload_resume_file(svc, ada, id, {"CV.DOCX", "application/octet-stream", docx_bytes}),
                  error_kind::rule_violation, "Only PDF and Word documents are allowed");
    CHECK(files.size() == 0);
}

TEST_CASE_METHOD(core_fixture, "upload check order: 404, 403, type, size", "[usecases][uploads][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = resume(ada);
    const uc::upload bad_and_big{"cv.png", "image/png", std::string(uc::max_upload_bytes + 1, 'x')};
    REQUIRE_ERROR(uc::upload_resume_file(svc, ada, "no-such-resume", bad_and_big), error_kind::not_found,
                  "Resume version not found");
    REQUIRE_ERROR(uc::upload_resume_file(svc, bob, id, bad_and_big), error_kind::forbidden, "Not your resume");
    REQUIRE_ERROR(uc::upload_resume_file(svc, ada, id, bad_and_big), error_kind::rule_violation, not_allowed);
    REQUIRE_ERROR(uc::upload_resume_file(svc, ada, id, pdf_of_size(uc::max_upload_bytes + 1)),
                  error_kind::rule_violation, too_large);
    CHECK(files.size() == 0);
    CHECK_FALSE(stored_resume(id)->file_key.has_value());
}

TEST_CASE_METHOD(core_fixture, "upload: exactly 10 MiB is allowed", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    REQUIRE(uc::max_upload_bytes == 10u * 1024u * 1024u);
    auto r = uc::upload_resume_file(svc, ada, id, pdf_of_size(uc::max_upload_bytes));
    REQUIRE(r.has_value());
    CHECK(files.get(*r->file_key)->content.size() == uc::max_upload_bytes);
}

TEST_CASE_METHOD(core_fixture, "upload: files that are not what they claim are refused", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    const uc::upload cases[] = {
        {"cv.pdf", "image/png", pdf_bytes},   // contradicting declared type
        {"cv.docx", docx_type, pdf_bytes},    // PDF bytes renamed .docx
        {"cv.txt", pdf_type, pdf_bytes},      // extension not allowed
        {"cv.pdf", pdf_type, ""},             // empty
        {"cv.pdf", pdf_type, "plain text"},   // not a PDF
        {"cv.docx", docx_type, std::string("PK\x03\x04", 4) + "xl/workbook.xml"},  // zip, not Word
    };
    for (const auto& u : cases) {
        INFO(u.filename << " / " << u.content_type);
        REQUIRE_ERROR(uc::upload_resume_file(svc, ada, id, u), error_kind::rule_violation, not_allowed);
    }
    CHECK(files.size() == 0);
}

TEST_CASE_METHOD(core_fixture, "a second upload replaces and removes the first file", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    auto first = uc::upload_resume_file(svc, ada, id, pdf());
    REQUIRE(first.has_value());
    tick();
    auto second = uc::upload_resume_file(svc, ada, id, {"cv.docx", docx_type, docx_bytes});
    REQUIRE(second.has_value());
    CHECK(*second->file_key != *first->file_key);
    CHECK_FALSE(files.get(*first->file_key).has_value());
    CHECK(files.get(*second->file_key).has_value());
    CHECK(files.size() == 1);
}

TEST_CASE_METHOD(core_fixture, "a refused upload keeps the previous file", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    auto first = uc::upload_resume_file(svc, ada, id, pdf());
    REQUIRE(first.has_value());
    REQUIRE_FALSE(uc::upload_resume_file(svc, ada, id, {"cv.pdf", "image/png", pdf_bytes}).has_value());
    CHECK(stored_resume(id)->file_key == first->file_key);
    CHECK(files.get(*first->file_key).has_value());
    CHECK(files.size() == 1);
}

// Regression test for a fixed bug (core/usecases/src/resumes.cpp, update_resume): after `domain::resume r = std::move(*found);` the code
// still reads `found->file_key` to remove the old upload. The moved-from optional holds an empty string, so it
// calls file_storage::remove("") — which throws ports::storage_error (a 500) after the update was committed,
// and the previously uploaded file is never removed. Fix: remember the old key before moving (as upload does).
TEST_CASE_METHOD(core_fixture, "setting an external file_url removes the uploaded file", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    auto up = uc::upload_resume_file(svc, ada, id, pdf());
    REQUIRE(up.has_value());
    uc::update_resume_command cmd;
    cmd.file_url = domain::patch<std::string>{std::optional<std::string>{"https://cv.example/x"}};
    auto r = uc::update_resume(svc, ada, id, cmd);
    REQUIRE(r.has_value());
    CHECK(r->file_url == std::optional<std::string>{"https://cv.example/x"});
    CHECK_FALSE(r->file_key.has_value());
    CHECK(files.size() == 0);
}

TEST_CASE_METHOD(core_fixture, "updating other fields keeps the uploaded file", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    auto up = uc::upload_resume_file(svc, ada, id, pdf());
    REQUIRE(up.has_value());
    uc::update_resume_command cmd;
    cmd.notes = domain::patch<std::string>{std::optional<std::string>{"n"}};
    auto r = uc::update_resume(svc, ada, id, cmd);
    REQUIRE(r.has_value());
    CHECK(r->file_key == up->file_key);
    CHECK(files.size() == 1);
}

TEST_CASE_METHOD(core_fixture, "deleting the resume removes its file", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    const auto keep = resume(ada, "keep");
    auto up = uc::upload_resume_file(svc, ada, id, pdf());
    auto kept = uc::upload_resume_file(svc, ada, keep, pdf());
    REQUIRE(up.has_value());
    REQUIRE(kept.has_value());
    REQUIRE(uc::delete_resume(svc, ada, id).has_value());
    CHECK_FALSE(files.get(*up->file_key).has_value());
    CHECK(files.get(*kept->file_key).has_value());
    CHECK(files.size() == 1);
}

TEST_CASE_METHOD(core_fixture, "read_own_file: the owner reads it; anyone else gets 404", "[usecases][uploads][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = resume(ada);
    auto up = uc::upload_resume_file(svc, ada, id, pdf());
    REQUIRE(up.has_value());
    const auto key = *up->file_key;

    auto mine = uc::read_own_file(svc, ada, key);
    REQUIRE(mine.has_value());
    CHECK(mine->content == pdf_bytes);
    CHECK(mine->content_type == pdf_type);

    REQUIRE_ERROR(uc::read_own_file(svc, bob, key), error_kind::not_found, "File not found");
    REQUIRE_ERROR(uc::read_own_file(svc, ada, ada.user_id + "/missing.pdf"), error_kind::not_found, "File not found");
    REQUIRE_ERROR(uc::read_own_file(svc, ada, ada.user_id), error_kind::not_found, "File not found");
    REQUIRE_ERROR(uc::read_own_file(svc, ada, ada.user_id + "/"), error_kind::not_found, "File not found");
    // A user id that merely starts like another one does not own its files.
    REQUIRE_ERROR(uc::read_own_file(svc, uc::actor{ada.user_id.substr(0, ada.user_id.size() - 1)}, key),
                  error_kind::not_found, "File not found");
}

// A client-supplied key with ".." or other characters outside the key grammar must be a plain 404, never a
// storage failure (the storage port throws for such keys).
TEST_CASE_METHOD(core_fixture, "read_own_file: a malformed key is 404, not a storage failure",
                 "[usecases][uploads][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = resume(bob);
    auto up = uc::upload_resume_file(svc, bob, id, pdf());
    REQUIRE(up.has_value());
    const std::string sneaky = ada.user_id + "/../" + *up->file_key;
    domain::result<ports::stored_file> r = domain::error::not_found("unset");
    CHECK_NOTHROW(r = uc::read_own_file(svc, ada, sneaky));
    REQUIRE_ERROR(r, error_kind::not_found, "File not found");
    for (const std::string& bad : {ada.user_id + "/..", ada.user_id + "/.", ada.user_id + "/a b.pdf",
                                  ada.user_id + "//x.pdf", ada.user_id + "/x/../../y.pdf"}) {
        INFO(bad);
        CHECK_NOTHROW(r = uc::read_own_file(svc, ada, bad));
        REQUIRE_ERROR(r, error_kind::not_found, "File not found");
        CHECK_NOTHROW(r = uc::read_linked_file(svc, bad));
        REQUIRE_ERROR(r, error_kind::not_found, "File not found");
    }
}

TEST_CASE_METHOD(core_fixture, "read_linked_file serves a verified link's file; missing is 404", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    auto up = uc::upload_resume_file(svc, ada, id, pdf());
    REQUIRE(up.has_value());
    auto f = uc::read_linked_file(svc, *up->file_key);
    REQUIRE(f.has_value());
    CHECK(f->content == pdf_bytes);
    REQUIRE_ERROR(uc::read_linked_file(svc, ada.user_id + "/gone.pdf"), error_kind::not_found, "File not found");
}

namespace {

// File storage whose writes fail, as a full disk would.
class failing_file_storage final : public ports::file_storage {
public:
    void put(std::string_view, std::string_view, std::string_view) override {
        throw ports::storage_error("disk full");
    }
    std::optional<ports::stored_file> get(std::string_view) override { return std::nullopt; }
    void remove(std::string_view) override {}
};

}  // namespace

TEST_CASE_METHOD(core_fixture, "a storage failure during upload propagates and leaves the resume as it was", "[usecases][uploads]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    const auto before = stored_resume(id);
    failing_file_storage broken;
    uc::services broken_svc{store, clock, ids, hasher, tokens, broken, log, throttle};
    CHECK_THROWS_AS(uc::upload_resume_file(broken_svc, ada, id, pdf()), ports::storage_error);
    CHECK(stored_resume(id) == before);
}

namespace {

// Files kept in memory, except that remove() fails, as on a read-only or vanished volume.
class unremovable_file_storage final : public ports::file_storage {
public:
    void put(std::string_view key, std::string_view content, std::string_view type) override {
        files.put(key, content, type);
    }
    std::optional<ports::stored_file> get(std::string_view key) override { return files.get(key); }
    void remove(std::string_view) override { throw ports::storage_error("read-only file system"); }

    memory::in_memory_file_storage files;
};

// How a failing_store's write units fail.
enum class write_failure { commit_throws, owner_gone };

// A unit of work over the in-memory store whose writes fail one way: commit() throws (the database is lost
// at the last moment) or lock_owner() finds no account (deleted by another request meanwhile).
class failing_unit final : public adapters::memory::forwarding_unit_of_work {
public:
    failing_unit(std::unique_ptr<ports::unit_of_work> inner, std::optional<write_failure> failure)
        : forwarding_unit_of_work(std::move(inner)), failure_(failure) {}
    bool lock_owner(const domain::id& owner) override {
        return failure_ != write_failure::owner_gone && inner().lock_owner(owner);
    }
    void commit() override {
        if (failure_ == write_failure::commit_throws) throw ports::storage_error("connection lost at commit");
        inner().commit();
    }

private:
    std::optional<write_failure> failure_;
};

class failing_store final : public ports::store {
public:
    failing_store(ports::store& inner, write_failure failure) : inner_(inner), failure_(failure) {}
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override {
        const bool writes = mode == ports::access::read_write;
        return std::make_unique<failing_unit>(inner_.begin(mode), writes ? std::optional{failure_} : std::nullopt);
    }

private:
    ports::store& inner_;
    write_failure failure_;
};

}  // namespace

TEST_CASE_METHOD(core_fixture, "upload: a commit that throws leaves no stored file", "[usecases][uploads][cleanup]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    const auto before = stored_resume(id);
    failing_store broken(store, write_failure::commit_throws);
    uc::services broken_svc{broken, clock, ids, hasher, tokens, files, log, throttle};
    CHECK_THROWS_WITH(uc::upload_resume_file(broken_svc, ada, id, pdf()), "connection lost at commit");
    CHECK(files.size() == 0);
    CHECK(stored_resume(id) == before);
}

TEST_CASE_METHOD(core_fixture, "upload: an account gone before the write (401) leaves no stored file",
                 "[usecases][uploads][cleanup]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    failing_store gone(store, write_failure::owner_gone);
    uc::services gone_svc{gone, clock, ids, hasher, tokens, files, log, throttle};
    REQUIRE_ERROR(uc::upload_resume_file(gone_svc, ada, id, pdf()), error_kind::unauthenticated, "Not authenticated");
    CHECK(files.size() == 0);
    CHECK_FALSE(stored_resume(id)->file_key.has_value());
}

TEST_CASE_METHOD(core_fixture, "upload: when cleanup fails too, the first error propagates and the file is logged",
                 "[usecases][uploads][cleanup]") {
    const auto ada = user("ada");
    const auto id = resume(ada);
    failing_store broken(store, write_failure::commit_throws);
    unremovable_file_storage stuck;
    uc::services broken_svc{broken, clock, ids, hasher, tokens, stuck, log, throttle};
    CHECK_THROWS_WITH(uc::upload_resume_file(broken_svc, ada, id, pdf()), "connection lost at commit");
    REQUIRE(stuck.files.size() == 1);
    const auto warnings = log.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find(ada.user_id + "/" + id + "-") != std::string::npos);
    CHECK(warnings[0].find("read-only file system") != std::string::npos);
}

TEST_CASE_METHOD(core_fixture, "a replaced file that cannot be removed after commit is logged, not an error",
                 "[usecases][uploads][cleanup]") {
    const auto ada = user("ada");
    unremovable_file_storage stuck;
    uc::services stuck_svc{store, clock, ids, hasher, tokens, stuck, log, throttle};
    const auto count_warnings_naming = [&](const std::string& key) {
        std::size_t n = 0;
        for (const auto& w : log.warnings()) n += w.find("'" + key + "'") != std::string::npos ? 1 : 0;
        return n;
    };

    SECTION("a second upload") {
        const auto id = resume(ada);
        auto first = uc::upload_resume_file(stuck_svc, ada, id, pdf());
        REQUIRE(first.has_value());
        tick();
        domain::result<domain::resume> second = domain::error::not_found("unset");
        REQUIRE_NOTHROW(second = uc::upload_resume_file(stuck_svc, ada, id, {"cv.docx", docx_type, docx_bytes}));
        REQUIRE(second.has_value());
        CHECK(stored_resume(id)->file_key == second->file_key);  // the change is saved
        CHECK(count_warnings_naming(*first->file_key) == 1);
    }
    SECTION("an external file_url") {
        const auto id = resume(ada);
        auto up = uc::upload_resume_file(stuck_svc, ada, id, pdf());
        REQUIRE(up.has_value());
        uc::update_resume_command cmd;
        cmd.file_url = domain::patch<std::string>{std::optional<std::string>{"https://cv.example/x"}};
        domain::result<domain::resume> updated = domain::error::not_found("unset");
        REQUIRE_NOTHROW(updated = uc::update_resume(stuck_svc, ada, id, cmd));
        REQUIRE(updated.has_value());
        CHECK_FALSE(stored_resume(id)->file_key.has_value());
        CHECK(count_warnings_naming(*up->file_key) == 1);
    }
    SECTION("deleting the resume") {
        const auto id = resume(ada);
        auto up = uc::upload_resume_file(stuck_svc, ada, id, pdf());
        REQUIRE(up.has_value());
        domain::result<domain::done> deleted = domain::error::not_found("unset");
        REQUIRE_NOTHROW(deleted = uc::delete_resume(stuck_svc, ada, id));
        REQUIRE(deleted.has_value());
        CHECK_FALSE(stored_resume(id).has_value());
        CHECK(count_warnings_naming(*up->file_key) == 1);
    }
}
