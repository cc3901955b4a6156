# Recruiting surface (seed 002) over real sockets, mounted next to the OfferTracker one as app/composition.cpp mounts
# them: every route, the org-isolation and role matrices, on SQLite and (when OFFERTRACKER_TEST_POSTGRES_URL is set)
# PostgreSQL.
file(GLOB http_recruiting_test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/recruiting_*.cpp)
add_executable(http_recruiting_tests ${http_recruiting_test_sources} ${CMAKE_CURRENT_LIST_DIR}/api_fixture.cpp)
target_compile_definitions(http_recruiting_tests PRIVATE CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER)
target_link_libraries(http_recruiting_tests PRIVATE
  offertracker_http_recruiting offertracker_http_offertracker offertracker_http_kit offertracker_http_server
  offertracker_sql offertracker_sql_test_support offertracker_recruiting offertracker_extract offertracker_crypto
  offertracker_memory offertracker_storage offertracker_system offertracker_test_http_client offertracker_test_main
  PkgConfig::libzip Boost::json Threads::Threads)
add_test(NAME http_recruiting COMMAND http_recruiting_tests)
set_tests_properties(http_recruiting PROPERTIES LABELS http TIMEOUT 900)
