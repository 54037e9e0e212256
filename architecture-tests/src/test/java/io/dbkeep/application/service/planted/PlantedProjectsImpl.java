package io.dbkeep.application.service.planted;

/** Planted violation: a service named ...Impl instead of ...Service. */
public class PlantedProjectsImpl {}
