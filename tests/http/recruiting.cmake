# Recruiting surface (seed 002) over real sockets, mounted next to the OfferTracker one as production mounts them:
# every route, the org-isolation and role matrices, on SQLite and (when OFFERTRACKER_TEST_POSTGRES_URL is set)
# PostgreSQL. Until the surface's target exists the sources are compiled (not linked) against its header, so they
# keep up with the contract while it is being written.
file(GLOB http_recruiting_test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/recruiting_*.cpp)
set(http_recruiting_test_libraries
  offertracker_http_offertracker offertracker_http_kit offertracker_http_server offertracker_sql
  offertracker_sql_test_support offertracker_recruiting offertracker_extract offertracker_crypto offertracker_memory
  offertracker_storage offertracker_system offertracker_test_http_client offertracker_test_main PkgConfig::libzip
  Boost::json Threads::Threads)
if(TARGET offertracker_http_recruiting)
  add_executable(http_recruiting_tests ${http_recruiting_test_sources} ${CMAKE_CURRENT_LIST_DIR}/api_fixture.cpp)
  target_compile_definitions(http_recruiting_tests PRIVATE CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER)
  target_link_libraries(http_recruiting_tests PRIVATE offertracker_http_recruiting ${http_recruiting_test_libraries})
  add_test(NAME http_recruiting COMMAND http_recruiting_tests)
  set_tests_properties(http_recruiting PROPERTIES LABELS http TIMEOUT 900)
else()
  add_library(http_recruiting_tests_compile_only OBJECT ${http_recruiting_test_sources})
  target_compile_definitions(http_recruiting_tests_compile_only PRIVATE CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER)
  target_include_directories(http_recruiting_tests_compile_only PRIVATE
    ${PROJECT_SOURCE_DIR}/adapters/http/recruiting/include)
  target_link_libraries(http_recruiting_tests_compile_only PRIVATE ${http_recruiting_test_libraries})
endif()
