# OfferTracker surface (seed 000) over real sockets: every route, on SQLite and (when
# OFFERTRACKER_TEST_POSTGRES_URL is set) PostgreSQL, with the production adapters wired as app/ does.
file(GLOB http_api_test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/api_*.cpp)
add_executable(http_api_tests ${http_api_test_sources})
target_compile_definitions(http_api_tests PRIVATE CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER)
target_link_libraries(http_api_tests PRIVATE
  offertracker_http_offertracker offertracker_http_kit offertracker_http_server offertracker_sql offertracker_sql_test_support
  offertracker_crypto offertracker_memory offertracker_storage offertracker_system offertracker_test_http_client
  offertracker_test_main Boost::json Threads::Threads)
add_test(NAME http_api COMMAND http_api_tests)
set_tests_properties(http_api PROPERTIES LABELS http TIMEOUT 600)
# api_error_reply_tests.cpp tests the surface's error mapper directly.
target_include_directories(http_api_tests PRIVATE ${PROJECT_SOURCE_DIR}/adapters/http/offertracker/src)
