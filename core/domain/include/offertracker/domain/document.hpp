// A document attached to an application (cover letter, portfolio, ...).
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct document {
    domain::id id;
    domain::id user_id;         // the application's owner (distribution key; ownership goes by the application)
    domain::id application_id;  // fixed at creation
    domain::document_type doc_type = domain::document_type::other;
    std::string name;
    std::optional<std::string> file_url;
    std::optional<std::string> notes;
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const document&, const document&) = default;
};

}  // namespace offertracker::domain
