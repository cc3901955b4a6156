// Helpers for the OfferTracker surface in crash tests.
#include "api_client.hpp"

#include <stdexcept>

namespace offertracker::crash_test {

using namespace std::chrono_literals;

std::string register_user(unsigned short port, const std::string& username) {
    testing::test_client c(port);
    c.set_timeout(30s);
    const auto r = c.post_json("/api/v1/auth/register", R"({"email":")" + username + R"(@example.com","username":")" +
                                                            username + R"(","password":"secret-)" + username + R"("})");
    if (r.status != 201) throw std::runtime_error("register failed: " + std::to_string(r.status) + " " + r.body);
    return std::string(parse(r.body).at("access_token").as_string());
}

std::string login(unsigned short port, const std::string& username) {
    testing::test_client c(port);
    c.set_timeout(30s);
    const auto r = c.post_json("/api/v1/auth/login",
                               R"({"email":")" + username + R"(@example.com","password":"secret-)" + username + R"("})");
    if (r.status != 200) throw std::runtime_error("login failed: " + std::to_string(r.status) + " " + r.body);
    return std::string(parse(r.body).at("access_token").as_string());
}

testing::test_client authed_client(unsigned short port, const std::string& token) {
    testing::test_client c(port);
    c.set_timeout(30s);
    c.set_default_header("Authorization", "Bearer " + token);
    return c;
}

boost::json::value parse(std::string_view text) {
    boost::system::error_code ec;
    auto v = boost::json::parse(text, ec);
    if (ec) throw std::runtime_error("not JSON: " + std::string(text.substr(0, 500)));
    return v;
}

boost::json::array all_applications(unsigned short port, const std::string& token) {
    auto c = authed_client(port, token);
    boost::json::array all;
    constexpr int page = 100;
    for (int skip = 0;; skip += page) {
        const auto r = c.get("/api/v1/applications/?skip=" + std::to_string(skip) + "&limit=" + std::to_string(page));
        if (r.status != 200) throw std::runtime_error("list failed: " + std::to_string(r.status) + " " + r.body);
        const auto batch = parse(r.body).as_array();
        for (const auto& a : batch) all.push_back(a);
        if (batch.size() < page) break;
    }
    return all;
}

}  // namespace offertracker::crash_test
