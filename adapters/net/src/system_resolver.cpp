#include "offertracker/net/system_resolver.hpp"

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace offertracker::net {

std::vector<std::string> system_resolver::resolve(std::string_view host) {
    boost::asio::io_context ioc;
    boost::asio::ip::tcp::resolver resolver(ioc);
    boost::system::error_code ec;
    auto results = resolver.resolve(std::string(host), "", ec);
    std::vector<std::string> out;
    if (ec) return out;
    for (const auto& entry : results) {
        std::string text = entry.endpoint().address().to_string();
        if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(std::move(text));
    }
    return out;
}

}  // namespace offertracker::net
