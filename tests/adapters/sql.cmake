# SQL adapter tests (SQLite always; PostgreSQL when OFFERTRACKER_TEST_POSTGRES_URL is set), and the
# throwaway-database helpers that the contract suite's "sqlite" and "postgresql" stores also use.
add_library(offertracker_sql_test_support STATIC ${CMAKE_CURRENT_LIST_DIR}/sql_test_databases.cpp)
target_include_directories(offertracker_sql_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(offertracker_sql_test_support PUBLIC offertracker_sql PRIVATE soci::soci)

add_executable(sql_adapter_tests
  ${CMAKE_CURRENT_LIST_DIR}/sql_database_url_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sql_migration_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sql_migration_004_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sql_migration_006_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sql_migration_007_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sql_store_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sql_tracker_schema_test.cpp
)
target_link_libraries(sql_adapter_tests PRIVATE
  offertracker_sql offertracker_sql_test_support offertracker_schema offertracker_test_main soci::soci Threads::Threads)
add_test(NAME adapters_sql COMMAND sql_adapter_tests)
set_tests_properties(adapters_sql PROPERTIES LABELS adapters)
