// ports::resolver on the system's resolver (getaddrinfo through Asio). Asio stays inside src/.
#pragma once

#include "offertracker/ports/resolver.hpp"

namespace offertracker::net {

class system_resolver final : public ports::resolver {
public:
    std::vector<std::string> resolve(std::string_view host) override;
};

}  // namespace offertracker::net
