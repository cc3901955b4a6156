// Small helpers for driving the OfferTracker surface of a server_process from tests.
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include <offertracker/testing/test_client.hpp>

namespace offertracker::crash_test {

// Registers <username>@example.com with password "secret-<username>" (201 required) and returns the token.
std::string register_user(unsigned short port, const std::string& username);
// Logs in as above (200 required) and returns the token.
std::string login(unsigned short port, const std::string& username);
// A client with "Authorization: Bearer <token>" set and a generous timeout.
testing::test_client authed_client(unsigned short port, const std::string& token);
// Parses a JSON body; throws std::runtime_error with the text when it is not JSON.
boost::json::value parse(std::string_view text);
// Every application of the user, through GET /api/v1/applications/ with skip/limit paging.
boost::json::array all_applications(unsigned short port, const std::string& token);

}  // namespace offertracker::crash_test
