// Response bodies write numbers the way the seed's (Python) backend does: 0.5, 95000.0, never 5E-1.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

TEST_CASE("json format: floats are plain decimals, whole floats keep one decimal", "[api][json]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        s.create_application(ada, R"({"company_name":"A","role_title":"Dev","status":"Applied","salary_min":95000})");
        s.create_application(ada, R"({"company_name":"B","role_title":"Dev","status":"Interviewing","salary_min":90000})");
        const auto r = s.get("/analytics/dashboard", ada.token);
        REQUIRE(r.status == 200);
        INFO(r.raw);
        CHECK(r.raw.find(R"("response_rate":0.5,)") != std::string::npos);
        CHECK(r.raw.find(R"("offer_rate":0.0,)") != std::string::npos);
        CHECK(r.raw.find(R"("average_expected_min":92500.0)") != std::string::npos);
        CHECK(r.raw.find('E') == std::string::npos);  // no exponent form anywhere in this body
    });
}
