// Foreign-key checks shared by the in-memory repositories.
#include "store_state.hpp"

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory::detail {

void require_user(const store_state& s, const domain::id& user_id) {
    if (!s.users.contains(user_id))
        throw ports::storage_error("in-memory store: foreign key violation: no user " + user_id);
}

void require_application(const store_state& s, const domain::id& application_id) {
    if (!s.applications.contains(application_id))
        throw ports::storage_error("in-memory store: foreign key violation: no application " + application_id);
}

void require_resume(const store_state& s, const domain::id& resume_id) {
    if (!s.resumes.contains(resume_id))
        throw ports::storage_error("in-memory store: foreign key violation: no resume " + resume_id);
}

}  // namespace offertracker::adapters::memory::detail
