# The interview-prep web (seed 003) over real sockets, mounted next to the OfferTracker API as app/composition.cpp
# mounts them: every route and message, cookies, cross-site refusals, escaping, on SQLite and (when
# OFFERTRACKER_TEST_POSTGRES_URL is set) PostgreSQL.
file(GLOB http_web_test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/web_*.cpp)
add_executable(http_web_tests ${http_web_test_sources} ${CMAKE_CURRENT_LIST_DIR}/api_fixture.cpp)
target_compile_definitions(http_web_tests PRIVATE CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER)
target_link_libraries(http_web_tests PRIVATE
  offertracker_http_web offertracker_http_offertracker offertracker_http_kit offertracker_http_server
  offertracker_sql offertracker_sql_test_support offertracker_prep offertracker_extract offertracker_crypto
  offertracker_memory offertracker_storage offertracker_system offertracker_test_http_client offertracker_test_main
  PkgConfig::libzip Boost::json Threads::Threads)
add_test(NAME http_web COMMAND http_web_tests)
set_tests_properties(http_web PROPERTIES LABELS http TIMEOUT 900)
