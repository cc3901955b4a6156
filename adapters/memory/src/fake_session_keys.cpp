#include <offertracker/adapters/memory/fake_session_keys.hpp>

namespace offertracker::adapters::memory {

namespace {
constexpr std::string_view value_prefix = "fake-session-";
}

ports::issued_session_key fake_session_keys::issue() {
    std::lock_guard lock(mutex_);
    const auto n = std::to_string(++issued_);
    auto value = std::string(value_prefix) + n;
    values_.insert(value);
    return {std::move(value), "digest-" + n};
}

std::optional<std::string> fake_session_keys::digest_of(std::string_view cookie_value) const {
    std::lock_guard lock(mutex_);
    if (!values_.contains(cookie_value)) return std::nullopt;
    return "digest-" + std::string(cookie_value.substr(value_prefix.size()));
}

}  // namespace offertracker::adapters::memory
