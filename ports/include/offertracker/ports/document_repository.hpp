// Application documents. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/document.hpp>

namespace offertracker::ports {

class document_repository {
public:
    virtual ~document_repository() = default;

    virtual void insert(const domain::document& d) = 0;
    virtual void update(const domain::document& d) = 0;
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::document> find(const domain::id& id) = 0;
    // One application's documents, newest first (created_at desc, then id desc).
    virtual std::vector<domain::document> list_for(const domain::id& application_id) = 0;
};

}  // namespace offertracker::ports
