// A resume version: a named variant of the seeker's CV, optionally with an uploaded file.
#pragma once

#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct resume {
    domain::id id;
    domain::id user_id;
    std::string version_name;
    std::optional<std::string> notes;
    // An external link the user typed, or null. When file_key is set, surfaces show a signed link to the
    // stored file instead (uploads are private).
    std::optional<std::string> file_url;
    std::optional<std::string> file_key;  // key in the file storage port of an uploaded file
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const resume&, const resume&) = default;
};

}  // namespace offertracker::domain
