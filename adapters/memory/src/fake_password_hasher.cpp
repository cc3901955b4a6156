// The insecure test hasher: reversing is enough to prove callers never store the plain password.
#include <offertracker/adapters/memory/fake_password_hasher.hpp>

namespace offertracker::adapters::memory {

std::string fake_password_hasher::hash(std::string_view password) {
    return "fake$" + std::string(password.rbegin(), password.rend());
}

bool fake_password_hasher::verify(std::string_view password, std::string_view encoded) {
    return encoded == hash(password);
}

}  // namespace offertracker::adapters::memory
