package io.dbkeep.application.planted;

/** Planted: the application hashing passwords with a library instead of through its port. */
public final class PlantedServiceHashingWithPassword4j {

  public String hash(String password) {
    return com.password4j.Password.hash(password).withScrypt().getResult();
  }
}
