// Resume versions and their private uploaded files.
#include <offertracker/usecases/resumes.hpp>

#include <cctype>

#include <offertracker/domain/document_kind.hpp>
#include <offertracker/domain/validation.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

// Keys this use case builds: "<owner id>/<name>", each part of [A-Za-z0-9._-] and neither "." nor "..".
// Anything else came from a client and names no file.
bool is_upload_key(std::string_view key) {
    const auto slash = key.find('/');
    if (slash == std::string_view::npos) return false;
    for (auto part : {key.substr(0, slash), key.substr(slash + 1)}) {
        if (part.empty() || part == "." || part == ".." || part.size() > 200) return false;
        for (unsigned char ch : part)
            if (!std::isalnum(ch) && ch != '.' && ch != '_' && ch != '-') return false;
    }
    return true;
}

bool owns_key(const actor& who, const std::string& key) {
    return key.size() > who.user_id.size() + 1 && key.compare(0, who.user_id.size(), who.user_id) == 0 &&
           key[who.user_id.size()] == '/';
}

// Removes a file nothing refers to any more. Runs after the change that dropped it has committed (or
// failed), so a failure here must neither hide that outcome nor turn a saved change into an error: the file
// is left behind and logged for an operator instead.
void discard_file(services& s, const std::string& key) noexcept {
    try {
        try {
            s.files.remove(key);
        } catch (const std::exception& e) {
            s.log.warning("file storage: could not remove unreferenced file '" + key + "': " + e.what());
        }
    } catch (...) {
        s.log.warning("file storage: could not remove an unreferenced file");
    }
}

// A stored file that nothing refers to until keep(): every other way out of the upload removes it again.
class pending_file {
public:
    pending_file(services& s, std::string key) : s_(s), key_(std::move(key)) {}
    pending_file(const pending_file&) = delete;
    pending_file& operator=(const pending_file&) = delete;
    ~pending_file() {
        if (!kept_) discard_file(s_, key_);
    }
    void keep() noexcept { kept_ = true; }

private:
    services& s_;
    std::string key_;
    bool kept_ = false;
};

domain::result<ports::stored_file> read_file(services& s, const std::string& key) {
    if (!is_upload_key(key)) return domain::error::not_found("File not found");
    auto file = s.files.get(key);
    if (!file) return domain::error::not_found("File not found");
    return std::move(*file);
}

}  // namespace

domain::result<domain::resume> create_resume(services& s, const actor& who, const create_resume_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.length("version_name", cmd.version_name, 1, 50);
    v.max_length("file_url", cmd.file_url, 500);
    if (auto e = std::move(v).finish()) return std::move(*e);

    domain::resume r;
    r.id = s.ids.new_id();
    r.user_id = who.user_id;
    r.version_name = cmd.version_name;
    r.notes = cmd.notes;
    r.file_url = cmd.file_url;
    r.created_at = r.updated_at = s.clock.now();
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::resume> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        uow.resumes().insert(r);
        uow.commit();
        return r;
    });
}

domain::result<domain::resume> get_resume(services& s, const actor& who, const domain::id& id) {
    auto uow = s.store.begin(ports::access::read_only);
    return detail::owned_resume(*uow, who, id);
}

domain::result<std::vector<domain::resume>> list_resumes(services& s, const actor& who, ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->resumes().list(who.user_id, p);
}

domain::result<domain::resume> update_resume(services& s, const actor& who, const domain::id& id,
                                             const update_resume_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.not_null("version_name", cmd.version_name, "string");
    if (cmd.version_name && *cmd.version_name) v.length("version_name", **cmd.version_name, 1, 50);
    v.max_length("file_url", cmd.file_url, 500);
    if (auto e = std::move(v).finish()) return std::move(*e);

    std::optional<std::string> old_key;
    auto updated = ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::resume> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = detail::owned_resume(uow, who, id);
        if (!found) return std::move(found).error();
        domain::resume r = std::move(*found);
        old_key = r.file_key;
        if (cmd.version_name) r.version_name = **cmd.version_name;
        domain::apply(cmd.notes, r.notes);
        if (cmd.file_url) {
            // A link the user sets replaces any uploaded file as what the resume points at.
            r.file_url = *cmd.file_url;
            r.file_key.reset();
        }
        r.updated_at = s.clock.now();
        uow.resumes().update(r);
        uow.commit();
        return r;
    });
    if (updated && cmd.file_url && old_key) discard_file(s, *old_key);
    return updated;
}

domain::result<domain::done> delete_resume(services& s, const actor& who, const domain::id& id) {
    auto removed = ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::resume> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto r = detail::owned_resume(uow, who, id);
        if (!r) return std::move(r).error();
        uow.resumes().remove(id);
        uow.commit();
        return r;
    });
    if (!removed) return std::move(removed).error();
    if (removed->file_key) discard_file(s, *removed->file_key);
    return domain::done{};
}

domain::result<domain::resume> upload_resume_file(services& s, const actor& who, const domain::id& resume_id,
                                                  const upload& file) {
    {
        auto uow = s.store.begin(ports::access::read_only);
        auto r = detail::owned_resume(*uow, who, resume_id);
        if (!r) return std::move(r).error();
    }
    const auto kind = domain::classify_upload(file.filename, file.content_type, file.content);
    if (!kind) return domain::error::rule_violation("Only PDF and Word documents are allowed");
    if (file.content.size() > max_upload_bytes) return domain::error::rule_violation("File too large (max 10 MB)");

    // The file goes to storage first (slow I/O outside the transaction) and is removed again unless the
    // resume refers to it once the transaction has committed.
    const std::string key =
        who.user_id + "/" + resume_id + "-" + s.ids.new_id() + std::string(domain::extension_of(*kind));
    pending_file stored(s, key);  // before put: a put that fails late may still leave the file
    s.files.put(key, file.content, domain::content_type_of(*kind));
    std::optional<std::string> replaced;
    auto updated = ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::resume> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = detail::owned_resume(uow, who, resume_id);
        if (!found) return std::move(found).error();  // deleted meanwhile
        domain::resume r = std::move(*found);
        replaced = r.file_key;
        r.file_key = key;
        r.file_url.reset();
        r.updated_at = s.clock.now();
        uow.resumes().update(r);
        uow.commit();
        return r;
    });
    if (!updated) return updated;
    stored.keep();
    if (replaced) discard_file(s, *replaced);
    return updated;
}

domain::result<ports::stored_file> read_own_file(services& s, const actor& who, const std::string& key) {
    if (!owns_key(who, key)) return domain::error::not_found("File not found");
    return read_file(s, key);
}

domain::result<ports::stored_file> read_linked_file(services& s, const std::string& key) { return read_file(s, key); }

}  // namespace offertracker::usecases
