// Resume versions and their uploaded files.
#pragma once

#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/resume.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct create_resume_command {
    std::string version_name;
    std::optional<std::string> notes;
    std::optional<std::string> file_url;
};

struct update_resume_command {
    domain::patch<std::string> version_name;
    domain::patch<std::string> notes;
    domain::patch<std::string> file_url;
};

// An uploaded file as the client sent it.
struct upload {
    std::string filename;
    std::string content_type;
    std::string content;
};

inline constexpr std::size_t max_upload_bytes = 10u * 1024u * 1024u;

domain::result<domain::resume> create_resume(services& s, const actor& who, const create_resume_command& cmd);
domain::result<domain::resume> get_resume(services& s, const actor& who, const domain::id& id);
domain::result<std::vector<domain::resume>> list_resumes(services& s, const actor& who, ports::page p);
domain::result<domain::resume> update_resume(services& s, const actor& who, const domain::id& id,
                                             const update_resume_command& cmd);
// Applications that named it keep existing, unlinked; its stored file is removed.
// A file that cannot be removed after the change committed stays behind and is reported to services::log;
// the change still succeeds (here, in update_resume and when an upload replaces a file).
domain::result<domain::done> delete_resume(services& s, const actor& who, const domain::id& id);

// Check order: 404, 403, 400 "Only PDF and Word documents are allowed" (extension, declared type and
// content must agree), 400 "File too large (max 10 MB)". Stores the file and records its key; when anything
// after storing fails or refuses (the account is gone, the resume was deleted, the database throws), the
// stored file is removed again.
domain::result<domain::resume> upload_resume_file(services& s, const actor& who, const domain::id& resume_id,
                                                  const upload& file);

// A stored upload for its owner: keys start with the owner's id. 404 "File not found" otherwise too,
// so a stranger cannot probe for keys.
domain::result<ports::stored_file> read_own_file(services& s, const actor& who, const std::string& key);
// A stored upload reached through a link whose signature the surface has already verified.
domain::result<ports::stored_file> read_linked_file(services& s, const std::string& key);

}  // namespace offertracker::usecases
